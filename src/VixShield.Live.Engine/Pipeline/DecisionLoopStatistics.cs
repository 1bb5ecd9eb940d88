namespace VixShield.Live.Engine.Pipeline;

/// <summary>Counters the decision loop keeps for logs, metrics and benchmarks.</summary>
public sealed class DecisionLoopStatistics
{
    public long EventsProcessed { get; internal set; }

    public long QuotesProcessed { get; internal set; }

    public long QuotesRejected { get; internal set; }

    public long BarsClosed { get; internal set; }

    public long AlertsEmitted { get; internal set; }
}
