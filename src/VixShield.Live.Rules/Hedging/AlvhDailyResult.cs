using NodaTime;
using VixShield.Live.Domain.Condors;

namespace VixShield.Live.Rules.Hedging;

/// <summary>ALVH's row of the daily comparison for one condor: the condor held to expiry plus the hedge book over its life.</summary>
/// <param name="Strategy"><c>alvh-</c> and the ruleset name, e.g. <c>alvh-signal-layers</c>.</param>
/// <param name="Condor">The condor.</param>
/// <param name="EntryTime">When it was entered.</param>
/// <param name="SettledAt">When it settled.</param>
/// <param name="SpxSettlement">The SPX level it settled at.</param>
/// <param name="CondorProfitAndLossDollars">Credit minus settlement value, held to expiry.</param>
/// <param name="HedgeProfitAndLossDollars">Change of the hedge book over the condor's life: marks of layers held plus cash
/// realised (sales and settlements minus purchases), from entry to settlement. The book is shared by overlapping
/// condors, so each condor's row sees the whole book over its own life.</param>
/// <param name="HedgeCostDollars">Premium paid for layers bought (opened, added or rolled) while this was the hedged condor.</param>
/// <param name="MaxDrawdownDollars">Largest fall of condor mark P&amp;L + hedge P&amp;L from its running peak (starting at 0
/// at entry), over the marks seen and the settlement.</param>
/// <param name="LayersOpened">Layers opened while this was the hedged condor.</param>
public sealed record AlvhDailyResult(
    string Strategy,
    IronCondor Condor,
    Instant EntryTime,
    Instant SettledAt,
    decimal SpxSettlement,
    decimal CondorProfitAndLossDollars,
    decimal HedgeProfitAndLossDollars,
    decimal HedgeCostDollars,
    decimal MaxDrawdownDollars,
    int LayersOpened)
{
    public LocalDate Expiry => Condor.Expiry;

    public decimal TotalProfitAndLossDollars => CondorProfitAndLossDollars + HedgeProfitAndLossDollars;

    /// <summary>Total P&amp;L in index points per condor, comparable with the shadow strategies' P&amp;L.</summary>
    public decimal TotalProfitAndLossPerCondor => TotalProfitAndLossDollars / (IronCondor.ContractMultiplier * Condor.Quantity);

    /// <summary>Max drawdown in index points per condor, comparable with the shadow strategies' drawdown.</summary>
    public decimal MaxDrawdownPerCondor => MaxDrawdownDollars / (IronCondor.ContractMultiplier * Condor.Quantity);
}
