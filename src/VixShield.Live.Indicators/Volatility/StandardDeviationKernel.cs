using VixShield.Live.Indicators.Averages;

namespace VixShield.Live.Indicators.Volatility;

/// <summary>Two-pass window standard deviation, walked oldest-first so incremental and batch results agree bit for bit.</summary>
/// <remarks>Two passes (mean, then squared deviations) rather than running sums of x and x squared: the latter
/// loses most significant digits when the mean is large relative to the spread (index levels near 5000 with a
/// daily spread of 20).</remarks>
public static class StandardDeviationKernel
{
    /// <summary>Sum of squared deviations from <paramref name="mean"/> over a ring whose oldest value is at
    /// <paramref name="oldest"/> (pass 0 for an ordinary oldest-first slice).</summary>
    public static double SumOfSquaredDeviations(ReadOnlySpan<double> ring, int oldest, double mean)
    {
        var sum = 0.0;
        for (var i = oldest; i < ring.Length; i++)
        {
            var deviation = ring[i] - mean;
            sum += deviation * deviation;
        }

        for (var i = 0; i < oldest; i++)
        {
            var deviation = ring[i] - mean;
            sum += deviation * deviation;
        }

        return sum;
    }

    /// <summary>Standard deviation of the window with the divisor chosen by <paramref name="basis"/>.</summary>
    public static double StandardDeviation(ReadOnlySpan<double> ring, int oldest, DeviationBasis basis)
    {
        var mean = SimpleMovingAverageKernel.Mean(ring, oldest);
        var divisor = basis == DeviationBasis.Sample ? ring.Length - 1 : ring.Length;
        return Math.Sqrt(SumOfSquaredDeviations(ring, oldest, mean) / divisor);
    }
}
