namespace VixShield.Live.Indicators.Signals;

/// <summary>Per-step logic of <see cref="MacdBearish"/>.</summary>
public static class MacdBearishKernel
{
    /// <summary>The "below zero after a cross down" state: the histogram is negative and it either just crossed
    /// from zero or above, or was already in this state.</summary>
    public static bool BelowAfterCrossDown(bool wasActive, bool hasPrevious, double previousHistogram, double histogram) =>
        histogram < 0 && (wasActive || (hasPrevious && previousHistogram >= 0));

    /// <summary>Bearish divergence on this day: the price makes a higher high than every price in the prior window
    /// while the histogram stays below its own high over that window (a lower high).</summary>
    public static bool IsBearishDivergence(double price, double priorPriceHigh, double histogram, double priorHistogramHigh) =>
        price > priorPriceHigh && histogram < priorHistogramHigh;

    /// <summary>A detected divergence stays in force for fewer than <paramref name="lookbackDays"/> days after its
    /// last confirmation, and only while the histogram has not recovered to the high it failed to reach.</summary>
    public static bool DivergencePersists(int daysSinceDivergence, int lookbackDays, double histogram, double histogramHighAtDivergence) =>
        daysSinceDivergence < lookbackDays && histogram < histogramHighAtDivergence;
}
