namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>The waits of the <c>"tws-connect"</c> retry: exponential backoff with "equal jitter" drawn from an injected,
/// seeded <see cref="Random"/>, so the same seed gives the same waits (Polly's own jitter is unseeded).</summary>
/// <remarks>
/// Retry <c>n</c> (0 for the first) waits between <see cref="Floor"/> and <see cref="Ceiling"/>: the ceiling is
/// <c>delay × 2ⁿ</c> capped at <c>maxDelay</c>, the floor half of it. Half the wait is fixed so a refused connection never
/// spins; the other half is random so the feed's and the execution adapter's connections (and several daemons) do not
/// knock on a restarted TWS in lockstep.
/// </remarks>
public sealed class TwsConnectBackoff
{
    private readonly long delayTicks;
    private readonly long maxDelayTicks;
    private readonly Random jitter;
    private readonly Lock gate = new();

    /// <param name="delay">The ceiling of the first retry's wait (positive).</param>
    /// <param name="maxDelay">The largest ceiling (at least <paramref name="delay"/>).</param>
    /// <param name="jitter">The seeded source of the random half; used only under this instance's lock.</param>
    public TwsConnectBackoff(TimeSpan delay, TimeSpan maxDelay, Random jitter)
    {
        ArgumentNullException.ThrowIfNull(jitter);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(delay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDelay, delay);
        delayTicks = delay.Ticks;
        maxDelayTicks = maxDelay.Ticks;
        this.jitter = jitter;
    }

    /// <summary>The longest wait before retry <paramref name="attemptNumber"/> (0-based): <c>min(delay × 2ⁿ, maxDelay)</c>.</summary>
    public TimeSpan Ceiling(int attemptNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(attemptNumber);
        // Doubling past the cap is the cap; checking against a right-shifted cap never overflows.
        return attemptNumber >= 62 || delayTicks > maxDelayTicks >> attemptNumber
            ? TimeSpan.FromTicks(maxDelayTicks)
            : TimeSpan.FromTicks(delayTicks << attemptNumber);
    }

    /// <summary>The shortest wait before retry <paramref name="attemptNumber"/>: half of <see cref="Ceiling"/>.</summary>
    public TimeSpan Floor(int attemptNumber) => TimeSpan.FromTicks(Ceiling(attemptNumber).Ticks / 2);

    /// <summary>The wait before retry <paramref name="attemptNumber"/>, from the next draw of the seeded source.</summary>
    public TimeSpan NextDelay(int attemptNumber)
    {
        var floor = Floor(attemptNumber);
        var spread = Ceiling(attemptNumber) - floor;
        double draw;
        lock (gate)
        {
            draw = jitter.NextDouble();
        }

        return floor + TimeSpan.FromTicks((long)(spread.Ticks * draw));
    }
}
