namespace VixShield.Live.Indicators.Volatility;

/// <summary>The volatility term-structure ratio.</summary>
public static class TermStructureRatioKernel
{
    /// <summary>Near-term over far-term volatility (VIX / VIX3M).</summary>
    public static double Ratio(double nearTerm, double farTerm) => nearTerm / farTerm;

    /// <summary>True when the curve is inverted: near-term volatility above far-term (ratio above 1).</summary>
    public static bool IsBackwardation(double ratio) => ratio > 1.0;
}
