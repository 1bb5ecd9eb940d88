using NodaTime;
using VixShield.Live.Indicators.Volatility;

namespace VixShield.Live.Indicators.Signals;

/// <summary>Every current signal value at one moment; null where the indicator is not ready or the level unknown.</summary>
/// <remarks>A value type so the decision loop can take one per event without allocating.</remarks>
public readonly record struct MarketSignalSnapshot
{
    /// <summary>Market time of the latest input accepted, or null before any.</summary>
    public Instant? LastUpdate { get; init; }

    public double? Spx { get; init; }

    public double? Vix { get; init; }

    public double? Vix3m { get; init; }

    public double? Vix9d { get; init; }

    /// <summary>RSI on SPX 5-minute bars.</summary>
    public double? RsiFiveMinute { get; init; }

    /// <summary>RSI on SPX daily bars.</summary>
    public double? RsiDaily { get; init; }

    public double? MacdDaily { get; init; }

    public double? MacdSignalDaily { get; init; }

    public double? MacdHistogramDaily { get; init; }

    public double? MacdWeekly { get; init; }

    public double? MacdSignalWeekly { get; init; }

    public double? MacdHistogramWeekly { get; init; }

    public double? VixMacd { get; init; }

    public double? VixMacdSignal { get; init; }

    public double? VixMacdHistogram { get; init; }

    /// <summary>Cumulative NYSE advancing - declining issues (level depends on where history started).</summary>
    public double? AdvanceDeclineLine { get; init; }

    /// <summary>Consecutive A/D divergence days (0 until ready).</summary>
    public int AdvanceDeclineDivergenceDays { get; init; }

    /// <summary>Divergence days are at or above the configured threshold.</summary>
    public bool IsAdvanceDeclineDivergence { get; init; }

    /// <summary>SPX daily MACD bearish: either condition below.</summary>
    public bool IsMacdBearish { get; init; }

    /// <summary>SPX daily histogram below zero after a cross down.</summary>
    public bool IsMacdBearishCrossDown { get; init; }

    /// <summary>SPX daily bearish divergence in force.</summary>
    public bool IsMacdBearishDivergence { get; init; }

    public bool IsWeeklyMacdWarning { get; init; }

    public bool IsVixMacdCrossUp { get; init; }

    /// <summary>VIX / VIX3M.</summary>
    public double? TermStructureRatio { get; init; }

    /// <summary>The inversion signal's state (with its hysteresis), not just ratio &gt; 1.</summary>
    public bool IsTermStructureInverted { get; init; }

    /// <summary>Expected daily move in SPX points: SPX * VIX / 100 / sqrt(252).</summary>
    public double? Sigma { get; init; }

    /// <summary>Signed move of the current SPX from <paramref name="referencePrice"/> in sigmas, or null when SPX
    /// or sigma is unknown.</summary>
    public double? MoveInSigmas(double referencePrice) =>
        Spx is { } spx && Sigma is { } sigma ? ExpectedDailyMoveKernel.MoveInSigmas(spx, referencePrice, sigma) : null;
}
