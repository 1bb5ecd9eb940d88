using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Adapters.Paper;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Testing;

namespace VixShield.Live.Adapters.Tests.Paper;

public partial class PaperExecutionAdapterTests
{
    [Fact]
    public async Task ProcessMarketAsync_CondorHeldToExpiry_SettlesAtTheSpxCloseAndStatementsAddUp()
    {
        var broker = new PaperBroker();
        await broker.AdvanceTo(Some.NewYork(2026, 3, 2, 15, 30));
        await broker.SellCondor(minimumCredit: 0.20m);
        await broker.AdvanceTo(Some.NewYork(2026, 3, 2, 16, 0));
        broker.Prices.SetSpxClose(PaperBroker.Tuesday, 6690m);

        await broker.AdvanceTo(Some.NewYork(2026, 3, 3, 16, 0));

        var monday = broker.Statements[0];
        var tuesday = broker.Statements[1];
        // Monday: 0.40 credit on one condor (+40), fees 4 x 1.15, marks at mid (0.25 - 0.50 - 0.45 + 0.20) x 100 = -50.
        Assert.Equal(PaperBroker.Monday, monday.TradeDate);
        Assert.Equal(100_035.40m, monday.ClosingCash);
        Assert.Equal(-50m, monday.ClosingPositionValue);
        Assert.Equal(-14.60m, monday.Pnl);
        // Tuesday: SPX closes at 6690, below both puts: the long 6695 put pays 5, the short 6700 put costs 10, the calls expire worthless.
        Assert.Equal(PaperBroker.Tuesday, tuesday.TradeDate);
        Assert.Equal([500m, -1_000m, 0m, 0m], tuesday.Settlements.Select(s => s.CashAmount));
        Assert.Equal([5m, 10m, 0m, 0m], tuesday.Settlements.Select(s => s.SettlementPrice));
        Assert.All(tuesday.Settlements, s => Assert.Equal(6690m, s.SettlementValue));
        Assert.Equal(-460m, tuesday.RealisedPnl);
        Assert.Empty(tuesday.Positions);
        Assert.Equal(99_535.40m, tuesday.ClosingCash);
        Assert.Equal(-450m, tuesday.Pnl);
        // Flat to flat, the two days' P&L is the credit, minus fees, minus the settlement.
        Assert.Equal(40m - 4.60m - 500m, monday.Pnl + tuesday.Pnl);
        Assert.Empty(await broker.Sut.GetPositionsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ProcessMarketAsync_VixCallAtExpiry_SettlesAtTheOpeningQuotationValue()
    {
        var broker = new PaperBroker();
        await broker.Buy(PaperBroker.VixCall, 2, limit: null, TimeInForce.GoodTillCancelled);
        broker.Prices.SetVixSettlement(PaperBroker.VixApril, 25m);

        await broker.AdvanceTo(Some.NewYork(2026, 4, 15, 10, 0));
        var settled = Assert.Single(broker.Events.OfType<PositionSettled>());
        var statementsBefore = broker.Statements.Count;
        await broker.AdvanceTo(Some.NewYork(2026, 4, 15, 16, 0));

        Assert.Equal(2, settled.Quantity);
        Assert.Equal(3m, settled.SettlementPrice);
        Assert.Equal(600m, settled.CashAmount);
        Assert.Equal(350m, settled.RealisedPnl); // (3.00 - 1.25) x 2 x 100
        Assert.Equal(TradingDays(PaperBroker.Monday, PaperBroker.VixApril.PlusDays(-1)), statementsBefore);
        var expiryDay = broker.Statements[^1];
        Assert.Equal(PaperBroker.VixApril, expiryDay.TradeDate);
        Assert.Same(settled, Assert.Single(expiryDay.Settlements));
        Assert.Equal(600m - 240m, expiryDay.Pnl); // settlement cash less the 2 x 1.20 x 100 mark it replaced
        Assert.Equal(-250m - 2.30m + 600m, broker.Statements.Sum(s => s.Pnl));
    }

    [Fact]
    public async Task ProcessMarketAsync_SettlementValueNotYetKnown_KeepsThePositionUntilItIs()
    {
        var broker = new PaperBroker();
        await broker.SellCondor(minimumCredit: 0.20m);

        await broker.AdvanceTo(Some.NewYork(2026, 3, 3, 16, 0));
        var stillHeld = await broker.Sut.GetPositionsAsync(CancellationToken.None);
        broker.Prices.SetSpxClose(PaperBroker.Tuesday, 6850m);
        await broker.AdvanceTo(Some.NewYork(2026, 3, 3, 16, 5));

        Assert.Equal(4, stillHeld.Count);
        Assert.Equal(4, broker.Events.OfType<PositionSettled>().Count());
        Assert.All(broker.Events.OfType<PositionSettled>(), s => Assert.Equal(0m, s.CashAmount));
        Assert.Empty(await broker.Sut.GetPositionsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Statement_DayThatStartsAndEndsFlat_PnlIsExactlyTheSumOfItsFillsAndFees()
    {
        var broker = new PaperBroker();
        await broker.Buy(PaperBroker.VixCall, 2, limit: null);
        broker.Prices.Set(PaperBroker.VixCall, 1.50m, 1.70m);
        await broker.Sell(PaperBroker.VixCall, 2, limit: null);

        await broker.AdvanceTo(Some.NewYork(2026, 3, 2, 16, 0));

        var statement = Assert.Single(broker.Statements);
        Assert.Equal((1.55m - 1.25m) * 2 * 100 - (4 * 1.15m), statement.Pnl);
        Assert.Equal(SumOfLegCash(statement) - SumOfLegFees(statement), statement.Pnl);
        Assert.Equal(60m, statement.RealisedPnl);
        Assert.Equal(0m, statement.ClosingPositionValue);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(2024)]
    public async Task Statements_RandomTradingOverAWeek_EveryDayAddsUpAndChainsToTheNext(int seed)
    {
        var random = new Random(seed);
        var broker = new PaperBroker(new PaperBrokerOptions { SlippagePoints = 0.01m }, start: Some.NewYork(2026, 3, 2, 9, 0));
        var day = Some.NewYork(2026, 3, 2, 9, 30);
        for (var session = 0; session < 5; session++)
        {
            for (var step = 0; step < 12; step++)
            {
                await broker.AdvanceTo(day + NodaTime.Duration.FromMinutes(30 * step + random.Next(1, 29)));
                var mid = 0.80m + (random.Next(0, 80) / 100m);
                broker.Prices.Set(PaperBroker.VixCall, mid - 0.05m, mid + 0.05m);
                var quantity = random.Next(1, 4);
                var limit = random.Next(0, 3) == 0 ? (decimal?)null : mid + ((random.Next(-5, 6)) / 100m);
                if (random.Next(0, 2) == 0)
                {
                    await broker.Buy(PaperBroker.VixCall, quantity, limit, TimeInForce.GoodTillCancelled);
                }
                else
                {
                    await broker.Sell(PaperBroker.VixCall, quantity, limit, TimeInForce.GoodTillCancelled);
                }
            }

            day = Some.NewYork(2026, 3, 3 + session, 9, 30);
        }

        await broker.AdvanceTo(Some.NewYork(2026, 3, 6, 16, 0));

        var statements = broker.Statements;
        Assert.Equal(5, statements.Count);
        Assert.True(broker.Fills.Count > 10, $"seed {seed}: only {broker.Fills.Count} fills");
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            var because = $"seed {seed}, statement {statement.TradeDate}";
            Assert.True(SumOfLegCash(statement) - SumOfLegFees(statement) + statement.SettlementCashAmount + statement.MarkToMarketChange == statement.Pnl, because);
            Assert.True(statement.Positions.Sum(p => p.Quantity * p.MarkPrice!.Value * 100) == statement.ClosingPositionValue, because);
            Assert.True(statement.ClosingCash - statement.OpeningCash == SumOfLegCash(statement) - SumOfLegFees(statement), because);
            if (i > 0)
            {
                Assert.True(statements[i - 1].ClosingEquity == statement.OpeningEquity, because);
            }
        }

        var finalStatement = await broker.Sut.GetStatementAsync(CancellationToken.None);
        Assert.Equal(finalStatement.OpeningEquity - 100_000m, statements.Sum(s => s.Pnl));
    }

    private static decimal SumOfLegCash(AccountStatement statement) =>
        statement.Fills.SelectMany(fill => fill.Legs).Sum(leg => (leg.Side == OrderSide.Sell ? 1 : -1) * leg.Price * leg.Quantity * leg.Instrument.Multiplier);

    private static decimal SumOfLegFees(AccountStatement statement) => statement.Fills.SelectMany(fill => fill.Legs).Sum(leg => leg.Fees);

    private static int TradingDays(NodaTime.LocalDate from, NodaTime.LocalDate to)
    {
        var calendar = new NyseTradingCalendar();
        var count = 0;
        for (var date = from; date <= to; date = date.PlusDays(1))
        {
            count += calendar.IsTradingDay(date) ? 1 : 0;
        }

        return count;
    }
}
