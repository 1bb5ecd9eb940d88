using System.Globalization;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Engine.Alerts;

namespace VixShield.Live.Engine.Execution;

/// <summary>Turns execution events into alerts, so orders, fills, refusals and statements reach the sinks with reasons.</summary>
/// <remarks>Called by the decision loop, the alert channel's single writer, so alerts from execution are numbered in
/// the same sequence as every other alert. Types: <c>order.accepted</c>, <c>order.filled</c>, <c>order.refused</c>
/// (safety gate), <c>order.rejected</c>, <c>order.cancelled</c>, <c>order.cancel_rejected</c>, <c>order.duplicate</c>,
/// <c>order.withheld</c> (alerts-only: "would submit ..."), <c>position.settled</c>, <c>account.statement</c>,
/// <c>execution.kill_switch</c>.</remarks>
public static class ExecutionEventAlerts
{
    public static Alert Create(AlertFactory factory, ExecutionEvent executionEvent)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(executionEvent);
        var time = executionEvent.EventTime;
        return executionEvent switch
        {
            OrderAccepted accepted => factory.Create("order.accepted", AlertSeverity.Info, time, InstrumentOf(accepted.Order.Legs),
                $"{accepted.AccountId} accepted {accepted.ClientOrderId} as {accepted.VenueOrderId}: {accepted.Order}",
                Id(accepted.ClientOrderId), AlertValue.Of("account", accepted.AccountId), AlertValue.Of("venue_order_id", accepted.VenueOrderId),
                AlertValue.Of("quantity", (long)accepted.Order.Quantity), AlertValue.Of("purpose", accepted.Order.Purpose.ToString())),
            OrderFilled filled => Filled(factory, filled),
            OrderRejected rejected => factory.Create(rejected.Source == RejectionSource.SafetyGate ? "order.refused" : "order.rejected", AlertSeverity.Warning, time,
                rejected.Order is null ? null : InstrumentOf(rejected.Order.Legs), rejected.Reason,
                [.. rejected.Values, AlertValue.Of("source", rejected.Source.ToString()), AlertValue.Of("account", rejected.AccountId)]),
            OrderCancelled cancelled => factory.Create("order.cancelled", AlertSeverity.Info, time, null,
                string.Create(CultureInfo.InvariantCulture, $"{cancelled.ClientOrderId} cancelled after {cancelled.FilledQuantity} unit(s) filled: {cancelled.Reason}"),
                Id(cancelled.ClientOrderId), AlertValue.Of("filled_quantity", (long)cancelled.FilledQuantity), AlertValue.Of("account", cancelled.AccountId)),
            OrderCancelRejected refused => factory.Create("order.cancel_rejected", AlertSeverity.Warning, time, null,
                $"cancel of {refused.ClientOrderId} refused: {refused.Reason}", Id(refused.ClientOrderId), AlertValue.Of("account", refused.AccountId)),
            DuplicateOrderIgnored duplicate => factory.Create("order.duplicate", AlertSeverity.Warning, time, null,
                duplicate.Reason, Id(duplicate.ClientOrderId), AlertValue.Of("account", duplicate.AccountId)),
            OrderWithheld withheld => factory.Create("order.withheld", AlertSeverity.Info, time, InstrumentOf(withheld.Order.Legs), withheld.Reason,
                Id(withheld.ClientOrderId), AlertValue.Of("order", withheld.Order.ToString()), AlertValue.Of("purpose", withheld.Order.Purpose.ToString())),
            PositionSettled settled => factory.Create("position.settled", AlertSeverity.Info, time, settled.Instrument.ToString(),
                string.Create(CultureInfo.InvariantCulture,
                    $"{settled.Quantity} {settled.Instrument} settled at {settled.SettlementPrice} (underlying {settled.SettlementValue}): cash {settled.CashAmount:+0.##;-0.##;0} dollars, realised {settled.RealisedPnl:+0.##;-0.##;0}"),
                AlertValue.Of("quantity", (long)settled.Quantity), AlertValue.Of("settlement_value", settled.SettlementValue),
                AlertValue.Of("settlement_price", settled.SettlementPrice), AlertValue.Of("cash", settled.CashAmount),
                AlertValue.Of("realised_pnl", settled.RealisedPnl), AlertValue.Of("account", settled.AccountId)),
            AccountStatementIssued issued => Statement(factory, issued),
            KillSwitchActivated kill => factory.Create("execution.kill_switch", AlertSeverity.Critical, time, null,
                $"kill switch on ({kill.Reason}): {kill.CancelledOrders.Count} working order(s) cancelled, no new orders will be sent",
                AlertValue.Of("reason", kill.Reason), AlertValue.Of("cancelled_orders", (long)kill.CancelledOrders.Count),
                AlertValue.Of("account", kill.AccountId)),
            _ => factory.Create("execution.event", AlertSeverity.Info, time, null, executionEvent.ToString(), AlertValue.Of("account", executionEvent.AccountId)),
        };
    }

    private static Alert Filled(AlertFactory factory, OrderFilled filled)
    {
        var legs = string.Join(", ", filled.Legs.Select(leg => string.Create(CultureInfo.InvariantCulture,
            $"{(leg.Side == OrderSide.Buy ? "bought" : "sold")} {leg.Quantity} {leg.Instrument} at {leg.Price}")));
        var instrument = filled.Legs.Count == 1 ? filled.Legs[0].Instrument.ToString() : filled.Legs[0].Instrument.Root + " combo";
        return factory.Create("order.filled", AlertSeverity.Info, filled.EventTime, instrument,
            string.Create(CultureInfo.InvariantCulture,
                $"{filled.ClientOrderId} filled {filled.Quantity} unit(s) at net {filled.NetPrice} ({filled.RemainingQuantity} remaining): {legs}; fees {filled.Fees} dollars"),
            Id(filled.ClientOrderId), AlertValue.Of("fill_id", filled.FillId), AlertValue.Of("quantity", (long)filled.Quantity),
            AlertValue.Of("remaining", (long)filled.RemainingQuantity), AlertValue.Of("net_price", filled.NetPrice),
            AlertValue.Of("cash", filled.CashAmount), AlertValue.Of("fees", filled.Fees), AlertValue.Of("account", filled.AccountId));
    }

    private static Alert Statement(AlertFactory factory, AccountStatementIssued issued)
    {
        var statement = issued.Statement;
        return factory.Create("account.statement", AlertSeverity.Info, issued.EventTime, null,
            string.Create(CultureInfo.InvariantCulture,
                $"{statement.AccountId} statement {statement.TradeDate:uuuu-MM-dd}: P&L {statement.Pnl} dollars = trades {statement.TradeCashAmount} - fees {statement.Fees} " +
                $"+ settlements {statement.SettlementCashAmount} + mark-to-market {statement.MarkToMarketChange}; {statement.Fills.Count} fill(s), " +
                $"{statement.Settlements.Count} settlement(s), {statement.Positions.Count} open position(s); cash {statement.ClosingCash}, equity {statement.ClosingEquity}"),
            AlertValue.Of("trade_date", statement.TradeDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)),
            AlertValue.Of("pnl", statement.Pnl), AlertValue.Of("trades", statement.TradeCashAmount), AlertValue.Of("fees", statement.Fees),
            AlertValue.Of("settlements", statement.SettlementCashAmount), AlertValue.Of("mark_to_market", statement.MarkToMarketChange),
            AlertValue.Of("realised_pnl", statement.RealisedPnl), AlertValue.Of("unrealised_pnl", statement.UnrealisedPnl),
            AlertValue.Of("opening_equity", statement.OpeningEquity), AlertValue.Of("closing_cash", statement.ClosingCash),
            AlertValue.Of("closing_equity", statement.ClosingEquity), AlertValue.Of("fills", (long)statement.Fills.Count),
            AlertValue.Of("settlement_count", (long)statement.Settlements.Count), AlertValue.Of("open_positions", (long)statement.Positions.Count),
            AlertValue.Of("account", statement.AccountId));
    }

    private static string InstrumentOf(IReadOnlyList<OrderLeg> legs) =>
        legs.Count == 1 ? legs[0].Instrument.ToString() : legs[0].Instrument.Root + " combo";

    private static AlertValue Id(ClientOrderId id) => AlertValue.Of("client_order_id", id.Value);
}
