using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Domain.Condors;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Engine.Tests.Execution;

public class SubmitOrderTests
{
    private static readonly ClientOrderId Id = ClientOrderId.From("o-1");

    [Fact]
    public void SellIronCondor_Condor_FourLegsSoldForItsCreditAsOneCombo()
    {
        var condor = new IronCondor(new LocalDate(2026, 3, 3), 6695m, 6700m, 7000m, 7005m, 2, 0.45m);

        var sut = SubmitOrder.SellIronCondor(Id, condor);

        Assert.Equal(
            ["BUY SPXW 2026-03-03 6695P", "SELL SPXW 2026-03-03 6700P", "SELL SPXW 2026-03-03 7000C", "BUY SPXW 2026-03-03 7005C"],
            sut.Legs.Select(leg => leg.ToString()));
        Assert.Equal(2, sut.Quantity);
        Assert.Equal(PriceEffect.Credit, sut.Effect);
        Assert.Equal(-0.45m, sut.NetPriceLimit);
        Assert.Equal(OrderPurpose.CondorEntry, sut.Purpose);
        Assert.Equal(0m, sut.MaximumDebitDollars);
        Assert.Equal(2, sut.LargestLegQuantity);
    }

    [Fact]
    public void Single_BuyWithLimit_DebitWithBoundedCost()
    {
        var sut = SubmitOrder.Single(Id, Orders.VixCall, OrderSide.Buy, 3, 1.20m, TimeInForce.GoodTillCancelled, OrderPurpose.HedgeOpen, "L2");

        Assert.Equal(PriceEffect.Debit, sut.Effect);
        Assert.Equal(360m, sut.MaximumDebitDollars);
        Assert.Equal("BUY 3 VIX 2026-04-15 22C LMT 1.20 debit GTC [L2]", sut.ToString());
        Assert.Null(SubmitOrder.Single(Id, Orders.VixCall, OrderSide.Buy, 3, null).MaximumDebitDollars);
    }

    [Fact]
    public void Constructor_LegsWithDifferentMultipliers_ThrowsNamingBoth()
    {
        OrderLeg[] legs = [new(Orders.VixCall, OrderSide.Buy), new(Instrument.VixFuture(new LocalDate(2026, 4, 15)), OrderSide.Sell)];

        var error = Assert.Throws<ArgumentException>(() => new SubmitOrder(Id, legs, 1, 1m, PriceEffect.Debit));

        Assert.Contains("VIX 2026-04-15 22C x100", error.Message, StringComparison.Ordinal);
        Assert.Contains("VX 2026-04-15 x1000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SameContractInTwoLegs_ThrowsNamingTheLegs()
    {
        OrderLeg[] legs = [new(Orders.VixCall, OrderSide.Buy), new(Orders.VixCall, OrderSide.Sell)];

        var error = Assert.Throws<ArgumentException>(() => new SubmitOrder(Id, legs, 1, 0m, PriceEffect.Debit));

        Assert.Contains("legs 1 and 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SingleSellCalledADebit_ThrowsSayingWhichEffectItNeeds()
    {
        var error = Assert.Throws<ArgumentException>(() => new SubmitOrder(Id, [new(Orders.VixCall, OrderSide.Sell)], 1, 1m, PriceEffect.Debit));

        Assert.Contains("must be Credit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_HedgeWithoutLayer_ThrowsAskingForTheLayer()
    {
        var error = Assert.Throws<ArgumentException>(() => SubmitOrder.Single(Id, Orders.VixCall, OrderSide.Buy, 1, 1m, purpose: OrderPurpose.HedgeOpen));

        Assert.Equal("layerId", error.ParamName);
    }

    [Theory]
    [InlineData(0, 1.0, 1)]
    [InlineData(1, -0.01, 1)]
    [InlineData(1, 1.0, 0)]
    public void Constructor_OutOfRangeNumbers_ThrowsNamingTheParameter(int quantity, double limit, int ratio)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() =>
            new SubmitOrder(Id, [new(Orders.VixCall, OrderSide.Buy, ratio)], quantity, (decimal)limit, PriceEffect.Debit));

        Assert.Contains("o-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_EmptyClientOrderId_Throws() =>
        Assert.Throws<ArgumentException>(() => SubmitOrder.Single(default, Orders.VixCall, OrderSide.Buy, 1, 1m));
}
