using System.Diagnostics;
using System.Globalization;

namespace VixShield.Live.Benchmarking;

/// <summary>The distribution of a set of latencies: exact percentiles (nearest rank over every sample) and counts in
/// fixed buckets from 1 us to 10 ms, for the JSON report.</summary>
internal sealed class LatencyHistogram
{
    private static readonly double[] BucketUpperMicroseconds = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 10_000];

    private readonly double[] sortedMicroseconds;

    private LatencyHistogram(double[] sortedMicroseconds) => this.sortedMicroseconds = sortedMicroseconds;

    public int Count => sortedMicroseconds.Length;

    public double MaximumMicroseconds => Count == 0 ? double.NaN : sortedMicroseconds[^1];

    public double MeanMicroseconds => Count == 0 ? double.NaN : sortedMicroseconds.Average();

    /// <summary>Builds the histogram from Stopwatch tick durations.</summary>
    public static LatencyHistogram FromTicks(IEnumerable<long> ticks)
    {
        ArgumentNullException.ThrowIfNull(ticks);
        var microseconds = ticks.Select(t => t * 1_000_000.0 / Stopwatch.Frequency).ToArray();
        Array.Sort(microseconds);
        return new LatencyHistogram(microseconds);
    }

    /// <summary>The nearest-rank percentile, e.g. 99.9; NaN when there are no samples.</summary>
    public double Percentile(double percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100.0);
        if (Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100.0 * Count);
        return sortedMicroseconds[Math.Clamp(rank, 1, Count) - 1];
    }

    /// <summary>Samples per bucket as details named <c>le1us</c>, <c>le2us</c> ... <c>le10000us</c> and <c>over10000us</c>.</summary>
    public IEnumerable<FigureDetail> Buckets()
    {
        var lower = 0;
        foreach (var upper in BucketUpperMicroseconds)
        {
            var end = UpperIndex(upper);
            yield return FigureDetail.Of(string.Create(CultureInfo.InvariantCulture, $"le{upper:0}us"), end - lower);
            lower = end;
        }

        yield return FigureDetail.Of(string.Create(CultureInfo.InvariantCulture, $"over{BucketUpperMicroseconds[^1]:0}us"), Count - lower);
    }

    private int UpperIndex(double upper)
    {
        var index = Array.BinarySearch(sortedMicroseconds, upper);
        if (index < 0)
        {
            return ~index;
        }

        while (index < Count && sortedMicroseconds[index] <= upper)
        {
            index++;
        }

        return index;
    }
}
