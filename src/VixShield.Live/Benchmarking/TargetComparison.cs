namespace VixShield.Live.Benchmarking;

/// <summary>Which side of its target a figure must stay on.</summary>
public enum TargetComparison
{
    /// <summary>Smaller is better: the figure must not exceed the target (a time, a latency, bytes, megabytes).</summary>
    AtMost,

    /// <summary>Larger is better: the figure must reach the target (a rate).</summary>
    AtLeast,
}
