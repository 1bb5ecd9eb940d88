namespace VixShield.Live.Benchmarks;

/// <summary>How the decision loop is set up, as the two commands that run it at full speed set it up (both with the
/// ALVH engines).</summary>
public enum LoopComposition
{
    /// <summary><c>vixshield run</c> on the simulated market: staleness watched, a <c>bar.closed</c> alert per bar.</summary>
    Daemon,

    /// <summary><c>vixshield compare</c>: no staleness watch and no bar alerts, only decisions.</summary>
    Replay,
}
