namespace VixShield.Live.Indicators.Volatility;

/// <summary>Per-step maths of realised volatility.</summary>
public static class RealisedVolatilityKernel
{
    /// <summary>Continuously compounded return from <paramref name="previous"/> to <paramref name="current"/>.</summary>
    public static double LogReturn(double previous, double current) => Math.Log(current / previous);

    /// <summary>Scales a per-period standard deviation to a year of <paramref name="periodsPerYear"/> periods.</summary>
    public static double Annualise(double standardDeviation, int periodsPerYear) => standardDeviation * Math.Sqrt(periodsPerYear);
}
