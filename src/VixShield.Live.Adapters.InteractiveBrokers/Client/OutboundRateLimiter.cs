namespace VixShield.Live.Adapters.InteractiveBrokers.Client;

/// <summary>Paces outgoing messages: at most <c>burst + rate</c> in any one-second window (TWS allows 50).</summary>
/// <remarks>
/// A token bucket in its GCRA form, in integer ticks of the injected <see cref="TimeProvider"/> so that tests with a
/// manual clock see exact boundaries: one message every <c>1/rate</c> seconds, with up to <c>burst</c> at once after
/// a quiet period. Not thread-safe: the client calls it under its write lock, which also keeps messages in order.
/// </remarks>
internal sealed class OutboundRateLimiter
{
    private readonly TimeProvider timeProvider;
    private readonly long origin;
    private readonly long interval;
    private readonly long tolerance;
    private long theoreticalArrival;

    public OutboundRateLimiter(TimeProvider timeProvider, int messagesPerSecond, int burst)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(messagesPerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(burst);
        this.timeProvider = timeProvider;
        origin = timeProvider.GetTimestamp();
        interval = TimeSpan.TicksPerSecond / messagesPerSecond;
        tolerance = (burst - 1) * interval;
    }

    /// <summary>How long until the next message may go; zero when it may go now.</summary>
    public TimeSpan TimeUntilAvailable()
    {
        var now = Now();
        var earliest = theoreticalArrival - tolerance;
        return earliest > now ? TimeSpan.FromTicks(earliest - now) : TimeSpan.Zero;
    }

    /// <summary>Takes a slot if one is free now; never waits.</summary>
    public bool TryAcquire()
    {
        var now = Now();
        if (now < theoreticalArrival - tolerance)
        {
            return false;
        }

        theoreticalArrival = Math.Max(theoreticalArrival, now) + interval;
        return true;
    }

    /// <summary>Waits on the injected clock until a slot is free, then takes it.</summary>
    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        while (!TryAcquire())
        {
            await Task.Delay(TimeUntilAvailable(), timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private long Now() => timeProvider.GetElapsedTime(origin).Ticks;
}
