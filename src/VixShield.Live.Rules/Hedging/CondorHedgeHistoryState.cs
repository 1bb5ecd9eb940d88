using NodaTime;
using VixShield.Live.Domain.Condors;

namespace VixShield.Live.Rules.Hedging;

/// <summary>The hedge book's history over one condor's life so far (for its daily comparison row), as an
/// <see cref="AlvhEngineState"/> keeps it.</summary>
/// <param name="EntrySpx">SPX at the condor's entry.</param>
/// <param name="HedgeValueAtStart">Book marks plus realised cash when the condor was first seen, in dollars.</param>
/// <param name="PeakDollars">Running peak of the (condor + hedge) P&amp;L path, in dollars.</param>
public sealed record CondorHedgeHistoryState(
    IronCondor Condor,
    Instant EntryTime,
    decimal EntrySpx,
    decimal HedgeValueAtStart,
    decimal HedgeCostDollars,
    int LayersOpened,
    decimal PeakDollars,
    decimal MaxDrawdownDollars);
