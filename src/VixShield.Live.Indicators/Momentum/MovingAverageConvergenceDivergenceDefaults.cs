namespace VixShield.Live.Indicators.Momentum;

/// <summary>Default parameters of <see cref="MovingAverageConvergenceDivergence"/> (Appel's 12, 26, 9).</summary>
public static class MovingAverageConvergenceDivergenceDefaults
{
    /// <summary>Fast EMA period. <value>The default is 12.</value></summary>
    public const int FastPeriod = 12;

    /// <summary>Slow EMA period. <value>The default is 26.</value></summary>
    public const int SlowPeriod = 26;

    /// <summary>Signal EMA period (applied to the MACD line). <value>The default is 9.</value></summary>
    public const int SignalPeriod = 9;
}
