using NodaTime;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Abstractions.Execution;

/// <summary>A position reached expiry and was settled in cash.</summary>
/// <param name="Quantity">Signed contracts settled (negative for a short position).</param>
/// <param name="SettlementValue">The underlying's settlement value (the SPX close, the VIX special opening quotation).</param>
/// <param name="SettlementPrice">What one contract was worth: the option's intrinsic value, or the future's settlement.</param>
/// <param name="CashAmount">Dollars moved into the account: quantity x settlement price x multiplier.</param>
/// <param name="RealisedPnl">Profit realised by the settlement against the position's average cost, in dollars.</param>
public sealed record PositionSettled(
    string AccountId,
    Instant EventTime,
    Instrument Instrument,
    int Quantity,
    decimal SettlementValue,
    decimal SettlementPrice,
    decimal CashAmount,
    decimal RealisedPnl)
    : ExecutionEvent(AccountId, EventTime);
