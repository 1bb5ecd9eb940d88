using VixShield.Live.Domain.Orders;
using VixShield.Live.Rules.Hedging;
using static VixShield.Live.Rules.Tests.Hedging.AlvhTestBed;

namespace VixShield.Live.Rules.Tests.Hedging;

/// <summary>Layers close below their DTE threshold, or settle at the AM settlement.</summary>
public sealed partial class AlvhEngineTests
{
    [Fact]
    public void Evaluate_BelowCloseThreshold_SellsTheWholeLayer()
    {
        var sut = Engine(Shipped("signal-layers"));
        var opened = Step(sut, At(10, 0), Signals(rsi5m: 25), Market(spx: SpxDown(0.6)), Condor()).OfType<HedgeLayerOpened>().Single();
        Assert.Equal(new NodaTime.LocalDate(2026, 4, 15), opened.Order.Instrument.Expiry);

        var sevenDays = Step(sut, Day(4, 8), Signals(), Market(), null);
        var sixDays = Step(sut, Day(4, 9), Signals(), Market(), null);

        Assert.Empty(sevenDays);
        var closed = sixDays.OfType<HedgeLayerClosed>().Single();
        Assert.Equal(HedgeLayerCloseCause.Expiry, closed.Cause);
        Assert.Equal(opened.Order.Instrument, closed.Order!.Instrument);
        Assert.Equal(opened.Order.Contracts, closed.Order.Contracts);
        Assert.Equal(OrderSide.Sell, closed.Order.Side);
        Assert.Contains("6 days to expiry is below the layer's close threshold of 7", closed.Reason, StringComparison.Ordinal);
        Assert.Empty(sut.Layers);
    }

    [Theory]
    [InlineData(30.0)]
    [InlineData(18.0)]
    public void Evaluate_SettleLayerAtExpiry_CashSettlesAtTheVixOfTheSettlementMorning(double vix)
    {
        var sut = Engine(Custom(Layer("L1", "condor_open")));
        var opened = Step(sut, At(10, 0), Signals(), Market(), Condor()).OfType<HedgeLayerOpened>().Single();
        var strike = opened.Order.Instrument.Strike!.Value;

        var beforeOpen = Step(sut, Day(4, 15, 9, 29), Signals(), Market(), null);
        var afterOpen = Step(sut, Day(4, 15, 9, 31), Signals(), Market(vix: (decimal)vix), null);

        Assert.Empty(beforeOpen);
        var closed = afterOpen.OfType<HedgeLayerClosed>().Single();
        Assert.Equal(HedgeLayerCloseCause.Settled, closed.Cause);
        Assert.Null(closed.Order);
        var settlement = Math.Max((decimal)vix - strike, 0m);
        Assert.Equal((settlement - opened.Order.LimitPrice) * opened.Order.Contracts * 100m, closed.RealisedProfitDollars);
        Assert.Contains("settlement taken as VIX " + ((decimal)vix).ToString(System.Globalization.CultureInfo.InvariantCulture), closed.Reason, StringComparison.Ordinal);
        Assert.Equal(settlement * opened.Order.Contracts * 100m - opened.Order.LimitDollars, sut.RealisedCashDollars);
    }
}
