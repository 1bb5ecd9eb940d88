using NodaTime;
using VixShield.Live.Domain.Condors;

namespace VixShield.Live.Rules.ShadowStops;

/// <summary>How one shadow strategy did on one condor: a row of the daily comparison.</summary>
/// <param name="Strategy">The strategy's name: <c>hold-to-expiry</c>, <c>stop-1x</c>, <c>stop-2x</c>.</param>
/// <param name="StopMultiple">The stop's loss multiple of the credit, or null for hold-to-expiry.</param>
/// <param name="Credit">Credit received, in points per condor.</param>
/// <param name="Quantity">Number of condors.</param>
/// <param name="ProfitAndLoss">Points per condor: realised at the stop or at settlement, else unrealised at the last mark.</param>
/// <param name="MaxDrawdown">Largest fall of the P&amp;L from its running peak (which starts at 0 at entry), in points per condor.</param>
/// <param name="StopFiredAt">When the stop fired, or null when it did not.</param>
/// <param name="ExitPrice">Price paid to close at the stop, or null.</param>
/// <param name="IsFinal">True once the strategy is flat: stopped out, or held to settlement.</param>
public sealed record ShadowStrategyResult(
    string Strategy,
    decimal? StopMultiple,
    decimal Credit,
    int Quantity,
    decimal ProfitAndLoss,
    decimal MaxDrawdown,
    Instant? StopFiredAt,
    decimal? ExitPrice,
    bool IsFinal)
{
    public decimal ProfitAndLossDollars => ProfitAndLoss * IronCondor.ContractMultiplier * Quantity;

    public decimal MaxDrawdownDollars => MaxDrawdown * IronCondor.ContractMultiplier * Quantity;
}
