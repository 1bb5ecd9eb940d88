namespace VixShield.Live.Rules.Conditions;

/// <summary>The signals a ruleset condition can name; each value is also the signal's slot in the engine's flat signal vector.</summary>
/// <remarks>Names, types and definitions are in <see cref="HedgeSignalCatalog"/>. The layer-open flags take the last
/// <see cref="HedgeSignalCatalog.MaximumLayers"/> slots, <see cref="FirstLayerOpen"/> being layer 1's.</remarks>
public enum HedgeSignal
{
    MoveSigma = 0,
    AbsoluteMoveSigma,
    SpxMoveSigma,
    RsiFiveMinute,
    RsiDaily,
    MacdBearish,
    MacdHistogramDaily,
    AdvanceDeclineDivergenceDays,
    AdvanceDeclineDivergence,
    VixMacdCrossUp,
    TermStructureRatio,
    TermStructureInverted,
    Vix,
    Vix9d,
    Vix3m,
    Vvix,
    WeeklyWarning,
    RsiFiveMinuteChangeSinceFirstLayer,
    CondorOpen,
    OpenLayers,
    Scalar,
    FirstLayerOpen,
}
