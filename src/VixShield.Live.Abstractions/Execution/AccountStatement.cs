using NodaTime;

namespace VixShield.Live.Abstractions.Execution;

/// <summary>One trading day of an account: cash, positions, and every fill and settlement that moved them.</summary>
/// <remarks>
/// The day's P&amp;L is closing minus opening equity (cash plus positions at their marks), and it always equals
/// <see cref="TradeCashAmount"/> - <see cref="Fees"/> + <see cref="SettlementCashAmount"/> + <see cref="MarkToMarketChange"/>:
/// on a day that starts and ends flat, exactly the sum of its fills, fees and settlements.
/// </remarks>
/// <param name="OpeningCash">Cash at the previous statement (the starting cash for the first).</param>
/// <param name="OpeningPositionValue">Positions at the previous statement's marks, in dollars.</param>
/// <param name="ClosingPositionValue">Positions at this statement's marks (<see cref="PositionReport.MarketValue"/>), in dollars.</param>
/// <param name="Fills">The day's executions, in order.</param>
/// <param name="Settlements">The day's expiry settlements, in order.</param>
/// <param name="Positions">Positions open at the close, with their marks.</param>
/// <param name="RealisedPnl">Profit realised during the day by closing trades and settlements, before fees.</param>
public sealed record AccountStatement(
    string AccountId,
    LocalDate TradeDate,
    decimal OpeningCash,
    decimal ClosingCash,
    decimal OpeningPositionValue,
    decimal ClosingPositionValue,
    IReadOnlyList<OrderFilled> Fills,
    IReadOnlyList<PositionSettled> Settlements,
    IReadOnlyList<PositionReport> Positions,
    decimal RealisedPnl)
{
    public decimal OpeningEquity => OpeningCash + OpeningPositionValue;

    public decimal ClosingEquity => ClosingCash + ClosingPositionValue;

    /// <summary>The day's profit and loss in dollars, after fees: closing minus opening equity.</summary>
    public decimal Pnl => ClosingEquity - OpeningEquity;

    /// <summary>Dollars the day's trades moved, before fees (premium received minus premium paid).</summary>
    public decimal TradeCashAmount => Fills.Sum(fill => fill.CashAmount);

    /// <summary>Dollars of fees on the day's trades.</summary>
    public decimal Fees => Fills.Sum(fill => fill.Fees);

    /// <summary>Dollars the day's settlements moved.</summary>
    public decimal SettlementCashAmount => Settlements.Sum(settlement => settlement.CashAmount);

    /// <summary>Change in the value of positions between the two marks, in dollars.</summary>
    public decimal MarkToMarketChange => ClosingPositionValue - OpeningPositionValue;

    /// <summary>Profit not yet realised on the positions open at the close, in dollars.</summary>
    public decimal UnrealisedPnl => Positions.Sum(position => position.UnrealisedPnl);
}
