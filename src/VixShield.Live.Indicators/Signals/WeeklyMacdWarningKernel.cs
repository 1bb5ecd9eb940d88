namespace VixShield.Live.Indicators.Signals;

/// <summary>Per-step logic of <see cref="WeeklyMacdWarning"/>.</summary>
public static class WeeklyMacdWarningKernel
{
    /// <summary>True when the MACD line changed side of zero (zero counts as the upper side).</summary>
    public static bool CrossesZero(double previousLine, double line) => (previousLine < 0) != (line < 0);

    /// <summary>Run length of weeks whose histogram is smaller in magnitude than the week before.</summary>
    public static int NextShrinkingCount(int count, double previousHistogram, double histogram) =>
        Math.Abs(histogram) < Math.Abs(previousHistogram) ? count + 1 : 0;
}
