namespace VixShield.Live.Benchmarking;

/// <summary>How much <c>vixshield bench</c> measures: sample sizes and rates of each part. The targets do not change.</summary>
public sealed record BenchmarkSettings
{
    /// <summary>True for <c>--quick</c>: smaller samples (latency over fewer than a million quotes), about a quarter of the time.</summary>
    public bool Quick { get; init; }

    /// <summary>Sessions of the simulated market recorded for the loop figures; the first warms the loop up and is not counted.</summary>
    public int TapeSessions { get; init; } = 4;

    /// <summary>Runs over the tape for the throughput figure; the median run is reported.</summary>
    public int ThroughputRepetitions { get; init; } = 3;

    /// <summary>Gap between two quotes in the realistic-rate latency run: thousands of times a broker's rate, yet long
    /// enough (about twenty times the loop's cost per quote) that each quote finds the loop idle and waiting, as live;
    /// short enough for a million quotes in about twenty seconds.</summary>
    public TimeSpan RealisticInterval { get; init; } = TimeSpan.FromMicroseconds(20);

    /// <summary>Quotes written back to back in each burst: a reconnect snapshot of every subscribed index and its ticks.</summary>
    public int BurstSize { get; init; } = 64;

    /// <summary>Gap between the starts of two bursts.</summary>
    public TimeSpan BurstInterval { get; init; } = TimeSpan.FromMicroseconds(500);

    /// <summary>Quotes of the sparse latency run (informative): spaced like a broker's ticks, so each pays the wake-up of
    /// a thread that has gone to sleep; too slow for a million.</summary>
    public int SparseQuotes { get; init; } = 1_000;

    /// <summary>Gap between two quotes of the sparse run.</summary>
    public TimeSpan SparseInterval { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>Trading sessions of the simulated-month memory run (21 is a calendar month).</summary>
    public int MonthSessions { get; init; } = 21;

    /// <summary>Process starts for the start-to-first-decision figure; the median is reported.</summary>
    public int StartupRepetitions { get; init; } = 3;

    /// <summary>Timed samples per indicator; the median is reported.</summary>
    public int IndicatorSamples { get; init; } = 15;

    /// <summary>History files for the start-up warm-up; empty to look for the shared market history beside the repository.</summary>
    public IReadOnlyList<string> HistoryFiles { get; init; } = [];

    public static BenchmarkSettings Full { get; } = new();

    public static BenchmarkSettings QuickRun { get; } = new()
    {
        Quick = true,
        TapeSessions = 2,
        // Three runs over the one timed session, not one: a single run right after the simulated month sometimes caught
        // the loop before tiered compilation had finished with it (3.0 to 3.7 M quotes/s from one build).
        ThroughputRepetitions = 3,
        MonthSessions = 5,
        StartupRepetitions = 1,
        IndicatorSamples = 5,
        SparseQuotes = 200,
    };
}
