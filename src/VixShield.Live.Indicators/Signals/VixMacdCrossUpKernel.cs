namespace VixShield.Live.Indicators.Signals;

/// <summary>Per-step logic of <see cref="VixMacdCrossUp"/>.</summary>
public static class VixMacdCrossUpKernel
{
    /// <summary>True when the MACD line moved from at or below its signal to above it (histogram from &lt;= 0 to &gt; 0).</summary>
    public static bool CrossesAbove(double previousHistogram, double histogram) => previousHistogram <= 0 && histogram > 0;

    /// <summary>The "above after a cross up" state: the line is above its signal and got there by a cross seen
    /// by this signal.</summary>
    public static bool AboveAfterCrossUp(bool wasActive, bool crossedUp, double histogram) => histogram > 0 && (wasActive || crossedUp);
}
