namespace VixShield.Live.Indicators.Signals;

/// <summary>What a <see cref="SignalChange"/> is about.</summary>
public enum SignalKind : byte
{
    /// <summary>SPX daily MACD bearish (histogram below zero after a cross down, or bearish divergence) on or off.</summary>
    MacdBearish = 0,

    /// <summary>A/D divergence days reached the threshold (on) or the run ended below it (off).</summary>
    AdvanceDeclineDivergence = 1,

    /// <summary>SPX weekly MACD zero cross or histogram shrinking (alert only) on or off.</summary>
    WeeklyMacdWarning = 2,

    /// <summary>VIX daily MACD above its signal after a cross up, on or off.</summary>
    VixMacdCrossUp = 3,

    /// <summary>VIX/VIX3M inverted (backwardation) on or off.</summary>
    TermStructureInversion = 4,

    /// <summary>Not a market signal: an input was refused (duplicate or out-of-order time, non-positive value) and
    /// left every indicator unchanged; for the log and the rejected-input counter.</summary>
    InputRejected = 5,
}
