namespace VixShield.Live.Adapters.Tests.Simulation;

/// <summary>The daily statistics the simulator is calibrated against, computed the same way for history and simulation.</summary>
internal sealed record DailyStatistics(double AnnualisedVolatility, double VixMean, double Vix5thPercentile, double Vix95thPercentile, double ReturnVixChangeCorrelation)
{
    /// <summary>From aligned daily SPX closes and VIX closes (same days, oldest first).</summary>
    public static DailyStatistics From(IReadOnlyList<double> spxCloses, IReadOnlyList<double> vixCloses)
    {
        var returns = new double[spxCloses.Count - 1];
        var vixChanges = new double[spxCloses.Count - 1];
        for (var i = 1; i < spxCloses.Count; i++)
        {
            returns[i - 1] = Math.Log(spxCloses[i] / spxCloses[i - 1]);
            vixChanges[i - 1] = vixCloses[i] - vixCloses[i - 1];
        }

        return new DailyStatistics(
            StandardDeviation(returns) * Math.Sqrt(252.0),
            vixCloses.Average(),
            Percentile(vixCloses, 0.05),
            Percentile(vixCloses, 0.95),
            Correlation(returns, vixChanges));
    }

    public static double StandardDeviation(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(value => (value - mean) * (value - mean)) / values.Count);
    }

    public static double Correlation(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var meanX = x.Average();
        var meanY = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
            syy += (y[i] - meanY) * (y[i] - meanY);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>Linear interpolation between order statistics (the common "type 7" definition).</summary>
    public static double Percentile(IEnumerable<double> values, double fraction)
    {
        var sorted = values.Order().ToArray();
        var position = (sorted.Length - 1) * fraction;
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }

    public override string ToString() =>
        FormattableString.Invariant($"vol {AnnualisedVolatility:P1}, VIX mean {VixMean:F2}, p5 {Vix5thPercentile:F2}, p95 {Vix95thPercentile:F2}, corr {ReturnVixChangeCorrelation:F3}");
}
