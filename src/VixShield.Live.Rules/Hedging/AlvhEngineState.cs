using NodaTime;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Rules.Hedging;

/// <summary>Everything an <see cref="AlvhEngine"/> has accumulated (layers, the scalar's memory, condor histories,
/// cash), for a restart to resume it exactly where it stopped.</summary>
/// <param name="Ruleset">The ruleset's name; it must match the engine restored.</param>
/// <param name="LastEvaluation">Time of the last evaluation, or null before the first.</param>
/// <param name="NextMark">When held layers are marked again even if no level changed.</param>
/// <param name="ReportedScalar">The scalar last reported (NaN before the first report).</param>
/// <param name="HistogramLatest">The scalar's memory of the daily MACD histogram (NaN until seen).</param>
/// <param name="HistogramPrevious">The histogram value before <paramref name="HistogramLatest"/> (NaN until seen).</param>
/// <param name="Levels">The volatility levels of the last evaluation (null before the first).</param>
/// <param name="OrderIdTime">Time of the last order id issued, and <paramref name="OrderIdSequence"/> its number within that time.</param>
/// <param name="Layers">Each layer's slot, by layer id; a layer the state does not list starts flat.</param>
/// <param name="Condors">Condors whose hedge history is being followed, oldest first.</param>
/// <param name="PrimaryCondor">Index in <paramref name="Condors"/> of the condor the hedges protect now, or null.</param>
public sealed record AlvhEngineState(
    string Ruleset,
    Instant? LastEvaluation,
    Instant NextMark,
    double ReportedScalar,
    double HistogramLatest,
    double HistogramPrevious,
    VolatilityIndexLevels? Levels,
    decimal RealisedCashDollars,
    long DecisionCount,
    Instant OrderIdTime,
    int OrderIdSequence,
    IReadOnlyList<HedgeLayerSlotState> Layers,
    IReadOnlyList<CondorHedgeHistoryState> Condors,
    int? PrimaryCondor);
