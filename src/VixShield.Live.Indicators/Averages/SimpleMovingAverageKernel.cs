namespace VixShield.Live.Indicators.Averages;

/// <summary>Window sums and means, walked oldest-first so incremental and batch results agree bit for bit.</summary>
/// <remarks>The sum is recomputed over the window on each step rather than kept as a running total, so it never
/// drifts however long the daemon runs.</remarks>
public static class SimpleMovingAverageKernel
{
    /// <summary>Sum of a window stored as a ring whose oldest value is at <paramref name="oldest"/>
    /// (pass 0 for an ordinary oldest-first slice).</summary>
    public static double Sum(ReadOnlySpan<double> ring, int oldest)
    {
        var sum = 0.0;
        for (var i = oldest; i < ring.Length; i++)
        {
            sum += ring[i];
        }

        for (var i = 0; i < oldest; i++)
        {
            sum += ring[i];
        }

        return sum;
    }

    /// <summary>Arithmetic mean of the window (see <see cref="Sum"/> for <paramref name="oldest"/>).</summary>
    public static double Mean(ReadOnlySpan<double> ring, int oldest) => Sum(ring, oldest) / ring.Length;
}
