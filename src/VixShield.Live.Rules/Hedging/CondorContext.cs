using NodaTime;
using VixShield.Live.Domain.Condors;

namespace VixShield.Live.Rules.Hedging;

/// <summary>The open condor the hedges protect, as the decision loop sees it on this quote.</summary>
/// <param name="Condor">The position (strikes, credit, quantity, max loss).</param>
/// <param name="EntryTime">When it was entered; with <paramref name="Condor"/> it identifies the condor.</param>
/// <param name="EntrySpx">SPX at entry: the origin of every move signal.</param>
/// <param name="SigmaAtEntry">Expected daily move in SPX points at entry (SPX x VIX / 100 / sqrt(252)); moves are
/// measured in it for the condor's whole life, so a VIX spike does not shrink a move already made.</param>
/// <param name="CostToClose">The condor's current mark (cost to close), in points per condor, for the drawdown path.</param>
public readonly record struct CondorContext(IronCondor Condor, Instant EntryTime, decimal EntrySpx, double SigmaAtEntry, decimal CostToClose);
