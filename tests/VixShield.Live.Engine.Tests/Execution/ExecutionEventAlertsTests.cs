using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Engine.Alerts;
using VixShield.Live.Engine.Execution;
using VixShield.Live.Testing;

namespace VixShield.Live.Engine.Tests.Execution;

public class ExecutionEventAlertsTests
{
    private static readonly Instant Close = Some.NewYork(2026, 3, 2, 16, 0);

    [Fact]
    public void Create_WithheldOrder_SaysWhatWouldHaveBeenSubmitted()
    {
        var order = Orders.Hedge("l1", "L1", quantity: 2, limit: 1.20m);

        var sut = ExecutionEventAlerts.Create(new AlertFactory(), new OrderWithheld(order.ClientOrderId, ExecutionAccounts.AlertsOnly, Close, order, "alerts-only: would submit " + order));

        Assert.Equal("order.withheld", sut.Type);
        Assert.Equal(AlertSeverity.Info, sut.Severity);
        Assert.Equal("VIX 2026-04-15 22C", sut.Instrument);
        Assert.Contains("would submit BUY 2 VIX 2026-04-15 22C LMT 1.20 debit DAY [L1]", sut.Reason, StringComparison.Ordinal);
        Assert.Contains(AlertValue.Of("purpose", "HedgeOpen"), sut.Values);
    }

    [Fact]
    public void Create_Fill_NamesEveryLegPriceAndFees()
    {
        var fill = new OrderFilled(ClientOrderId.From("c1"), "PAPER", Close, "F-1", 1, 1, 0, -0.40m,
        [
            new LegFill(Instrument.SpxwOption(new LocalDate(2026, 3, 3), Domain.Pricing.OptionRight.Put, 6700m), OrderSide.Sell, 1, 0.475m, 1.15m),
            new LegFill(Instrument.SpxwOption(new LocalDate(2026, 3, 3), Domain.Pricing.OptionRight.Put, 6695m), OrderSide.Buy, 1, 0.075m, 1.15m),
        ]);

        var sut = ExecutionEventAlerts.Create(new AlertFactory(), fill);

        Assert.Equal("order.filled", sut.Type);
        Assert.Equal("SPXW combo", sut.Instrument);
        Assert.Contains("sold 1 SPXW 2026-03-03 6700P at 0.475", sut.Reason, StringComparison.Ordinal);
        Assert.Contains("bought 1 SPXW 2026-03-03 6695P at 0.075", sut.Reason, StringComparison.Ordinal);
        Assert.Contains(AlertValue.Of("fees", 2.30m), sut.Values);
        Assert.Contains(AlertValue.Of("cash", 40m), sut.Values);
    }

    [Fact]
    public void Create_Statement_ShowsThePnlBreakdownThatAddsUp()
    {
        var statement = new AccountStatement("PAPER", new LocalDate(2026, 3, 2), 100_000m, 100_035.40m, 0m, -50m,
            [new OrderFilled(ClientOrderId.From("c1"), "PAPER", Close, "F-1", 1, 1, 0, -0.40m,
                [new LegFill(Orders.VixCall, OrderSide.Sell, 1, 0.40m, 4.60m)])],
            [], [], 0m);

        var sut = ExecutionEventAlerts.Create(new AlertFactory(), new AccountStatementIssued("PAPER", Close, statement));

        Assert.Equal("account.statement", sut.Type);
        Assert.Contains("statement 2026-03-02: P&L -14.60 dollars = trades 40.00 - fees 4.60 + settlements 0 + mark-to-market -50", sut.Reason, StringComparison.Ordinal);
        Assert.Contains(AlertValue.Of("pnl", -14.60m), sut.Values);
        Assert.Contains(AlertValue.Of("trade_date", "2026-03-02"), sut.Values);
    }

    [Fact]
    public void Create_SeveralEvents_NumbersThemInTheFactorysSequence()
    {
        var factory = new AlertFactory();
        factory.Create("session.open", AlertSeverity.Info, Close, null, "open");
        var order = Orders.Call("a");

        var accepted = ExecutionEventAlerts.Create(factory, new OrderAccepted(order.ClientOrderId, "PAPER", Close, order, "P-1"));
        var cancelled = ExecutionEventAlerts.Create(factory, new OrderCancelled(order.ClientOrderId, "PAPER", Close, "day order expired", 0));

        Assert.Equal((2L, "order.accepted"), (accepted.Sequence, accepted.Type));
        Assert.Equal((3L, "order.cancelled"), (cancelled.Sequence, cancelled.Type));
        Assert.Contains("day order expired", cancelled.Reason, StringComparison.Ordinal);
    }
}
