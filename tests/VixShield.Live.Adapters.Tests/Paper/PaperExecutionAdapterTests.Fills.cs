using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Adapters.Paper;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Adapters.Tests.Paper;

public partial class PaperExecutionAdapterTests
{
    [Theory]
    [InlineData(0.0, 1.20, 1.20)]
    [InlineData(0.25, 1.25, 1.15)]
    [InlineData(0.5, 1.30, 1.10)]
    public async Task SubmitAsync_FillSpreadFraction_BuysAboveAndSellsBelowMid(double fraction, double expectedBuy, double expectedSell)
    {
        var broker = new PaperBroker(new PaperBrokerOptions { FillSpreadFraction = (decimal)fraction });

        await broker.Buy(PaperBroker.VixCall, 1, limit: null);
        await broker.Sell(PaperBroker.VixCall, 1, limit: null);

        var fills = broker.Fills;
        Assert.Equal((decimal)expectedBuy, fills[0].Legs[0].Price);
        Assert.Equal((decimal)expectedBuy, fills[0].NetPrice);
        Assert.Equal((decimal)expectedSell, fills[1].Legs[0].Price);
        Assert.Equal(-(decimal)expectedSell, fills[1].NetPrice);
    }

    [Fact]
    public async Task SubmitAsync_Slippage_MovesEachFillAgainstTheOrder()
    {
        var broker = new PaperBroker(new PaperBrokerOptions { FillSpreadFraction = 0.25m, SlippagePoints = 0.03m });

        await broker.Buy(PaperBroker.VixCall, 1, limit: null);
        await broker.Sell(PaperBroker.VixCall, 1, limit: null);

        Assert.Equal(1.28m, broker.Fills[0].Legs[0].Price);
        Assert.Equal(1.12m, broker.Fills[1].Legs[0].Price);
    }

    [Fact]
    public async Task SubmitAsync_SaleWorthLessThanItsSlippage_FillsAtZeroNotBelow()
    {
        var broker = new PaperBroker(new PaperBrokerOptions { FillSpreadFraction = 0.5m, SlippagePoints = 0.05m });
        broker.Prices.Set(PaperBroker.LongPut, 0m, 0.05m);

        await broker.Sell(PaperBroker.LongPut, 1, limit: 0m);

        Assert.Equal(0m, Assert.Single(broker.Fills).Legs[0].Price);
    }

    [Fact]
    public async Task SubmitAsync_IronCondorCombo_FillsEveryLegAndNetsTheCredit()
    {
        var broker = new PaperBroker();

        var acknowledgement = await broker.SellCondor(minimumCredit: 0.30m);

        Assert.Equal(AcknowledgementStatus.Accepted, acknowledgement.Status);
        var fill = Assert.Single(broker.Fills);
        // Mid +/- a quarter of each 0.10 spread: long put 0.25 + 0.025, short put 0.50 - 0.025, short call 0.45 - 0.025, long call 0.20 + 0.025.
        Assert.Equal([0.275m, 0.475m, 0.425m, 0.225m], fill.Legs.Select(leg => leg.Price));
        Assert.Equal(-0.40m, fill.NetPrice);
        Assert.Equal(40m, fill.CashAmount);
        Assert.Equal(4.60m, fill.Fees);
        var statement = await broker.Sut.GetStatementAsync(CancellationToken.None);
        Assert.Equal(100_035.40m, statement.ClosingCash);
    }

    public static TheoryData<Instrument, int, decimal> FeeCases => new()
    {
        { PaperBroker.VixCall, 3, 3.45m },
        { Instrument.VixFuture(PaperBroker.VixApril), 2, 4.70m },
        { Instrument.ExchangeTradedProduct("VXX"), 100, 1.00m },
        { Instrument.ExchangeTradedProduct("VXX"), 1_000, 5.00m },
    };

    [Theory]
    [MemberData(nameof(FeeCases))]
    public async Task SubmitAsync_DefaultFees_ChargedPerContractOrPerShareWithMinimum(Instrument instrument, int quantity, decimal expectedFees)
    {
        var broker = new PaperBroker();
        broker.Prices.Set(Instrument.VixFuture(PaperBroker.VixApril), 19.00m, 19.10m).Set(Instrument.ExchangeTradedProduct("VXX"), 30.00m, 30.02m);

        await broker.Buy(instrument, quantity, limit: null);

        var fill = Assert.Single(broker.Fills);
        Assert.Equal(expectedFees, fill.Fees);
        Assert.Equal(quantity, fill.Legs[0].Quantity);
    }

    [Fact]
    public async Task SubmitAsync_ConfiguredFees_ReplaceTheDefaults()
    {
        var broker = new PaperBroker(new PaperBrokerOptions { OptionCommissionPerContract = 1.00m, OptionExchangeFeePerContract = 0m });

        await broker.Buy(PaperBroker.VixCall, 3, limit: null);

        Assert.Equal(3.00m, Assert.Single(broker.Fills).Fees);
    }

    [Fact]
    public async Task SubmitAsync_PartialFillsOn_FillsInPartsAcrossMatchingPasses()
    {
        var broker = new PaperBroker(new PaperBrokerOptions { PartialFillQuantity = 2 });

        var acknowledgement = await broker.Buy(PaperBroker.VixCall, 5, limit: 1.50m);
        var afterFirst = Assert.Single(await broker.Sut.GetOpenOrdersAsync(CancellationToken.None));
        await broker.Sut.ProcessMarketAsync(CancellationToken.None);
        await broker.Sut.ProcessMarketAsync(CancellationToken.None);
        await broker.Sut.ProcessMarketAsync(CancellationToken.None);

        Assert.Equal(AcknowledgementStatus.Accepted, acknowledgement.Status);
        Assert.Equal(OrderStatus.PartiallyFilled, afterFirst.Status);
        Assert.Equal(2, afterFirst.FilledQuantity);
        Assert.Equal([(2, 2, 3), (2, 4, 1), (1, 5, 0)], broker.Fills.Select(fill => (fill.Quantity, fill.CumulativeQuantity, fill.RemainingQuantity)));
        Assert.Empty(await broker.Sut.GetOpenOrdersAsync(CancellationToken.None));
        Assert.Equal(5, Assert.Single(await broker.Sut.GetPositionsAsync(CancellationToken.None)).Quantity);
    }

    [Fact]
    public async Task SubmitAsync_PartialFillsOff_FillsTheWholeOrderAtOnce()
    {
        var broker = new PaperBroker();

        await broker.Buy(PaperBroker.VixCall, 5, limit: 1.50m);

        var fill = Assert.Single(broker.Fills);
        Assert.Equal(5, fill.Quantity);
        Assert.Equal(0, fill.RemainingQuantity);
    }

    [Fact]
    public async Task GetPositionsAsync_AfterBuyingTwoAndSellingOneHigher_ReportsAverageRealisedAndUnrealised()
    {
        var broker = new PaperBroker();
        await broker.Buy(PaperBroker.VixCall, 2, limit: null);
        broker.Prices.Set(PaperBroker.VixCall, 1.50m, 1.70m);

        await broker.Sell(PaperBroker.VixCall, 1, limit: null);
        var position = Assert.Single(await broker.Sut.GetPositionsAsync(CancellationToken.None));

        Assert.Equal(PaperBroker.VixCall, position.Instrument);
        Assert.Equal(1, position.Quantity);
        Assert.Equal(1.25m, position.AveragePrice);
        Assert.Equal(1.60m, position.MarkPrice);
        Assert.Equal(30m, position.RealisedPnl);   // sold at 1.55 against 1.25, x 100
        Assert.Equal(35m, position.UnrealisedPnl); // marked at 1.60 against 1.25, x 100
        Assert.Equal(160m, position.MarketValue);
    }

    [Fact]
    public async Task SubmitAsync_ShortThenBuyBackMore_FlipsToALongAtTheNewPrice()
    {
        var broker = new PaperBroker(new PaperBrokerOptions { FillSpreadFraction = 0m });

        await broker.Sell(PaperBroker.VixCall, 1, limit: null);
        broker.Prices.Set(PaperBroker.VixCall, 0.90m, 1.10m);
        await broker.Buy(PaperBroker.VixCall, 3, limit: null);
        var position = Assert.Single(await broker.Sut.GetPositionsAsync(CancellationToken.None));

        Assert.Equal(2, position.Quantity);
        Assert.Equal(1.00m, position.AveragePrice);
        Assert.Equal(20m, position.RealisedPnl); // short at 1.20 covered at 1.00
        Assert.Equal(OptionRight.Call, position.Instrument.Right);
    }
}
