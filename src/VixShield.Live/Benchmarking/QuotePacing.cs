namespace VixShield.Live.Benchmarking;

/// <summary>How the latency producer releases quotes: <see cref="GroupSize"/> back to back, a group every
/// <see cref="Interval"/> (a group of one is a steady rate), for at most <see cref="Limit"/> events (null: the whole tape).</summary>
internal sealed record QuotePacing(string Name, int GroupSize, TimeSpan Interval, int? Limit = null)
{
    public static QuotePacing Steady(TimeSpan interval) => new("realistic", 1, interval);

    public static QuotePacing Bursts(int size, TimeSpan interval) => new("burst", size, interval);

    /// <summary>Quotes far apart, as a broker sends them, so the loop's thread has gone to sleep before each one.</summary>
    public static QuotePacing Sparse(int count, TimeSpan interval) => new("sparse", 1, interval, count);
}
