using NodaTime;

namespace VixShield.Live.Abstractions.Time;

/// <summary>Moves the market clock of a simulated or replayed feed, optionally in step with real time.</summary>
/// <remarks>
/// With a speed, market time runs <c>speed</c> times faster than the wall clock (60 = one market minute per
/// second); waits are measured from an anchor, so rounding in individual delays never accumulates as drift.
/// Without a speed (<c>--speed max</c>) the clock jumps straight to each event. <see cref="JumpTo"/> skips a
/// closed-market gap (overnight, weekends) without waiting, so a paced run does not idle for hours.
/// The wall clock is an injected <see cref="TimeProvider"/> (the system one in the daemon, a manual one in tests).
/// </remarks>
public sealed class MarketPacer
{
    private readonly TimeProvider wallClock;
    private readonly double? speed;
    private Instant anchorMarket;
    private long anchorWallTimestamp;

    public MarketPacer(ManualTimeProvider marketClock, TimeProvider wallClock, double? speed)
    {
        ArgumentNullException.ThrowIfNull(marketClock);
        ArgumentNullException.ThrowIfNull(wallClock);
        if (speed is { } s && (double.IsNaN(s) || s <= 0 || double.IsInfinity(s)))
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "must be a positive finite number, or null for as fast as possible");
        }

        MarketClock = marketClock;
        this.wallClock = wallClock;
        this.speed = speed;
        Reanchor();
    }

    public ManualTimeProvider MarketClock { get; }

    /// <summary>Null when running as fast as possible.</summary>
    public double? Speed => speed;

    public Instant Now => MarketClock.GetCurrentInstant();

    /// <summary>Waits (scaled by the speed) until market time reaches <paramref name="eventTime"/>, then sets the clock to it.</summary>
    public async ValueTask AdvanceToAsync(Instant eventTime, CancellationToken cancellationToken)
    {
        if (speed is { } s)
        {
            var marketElapsed = (eventTime - anchorMarket).ToTimeSpan();
            var due = TimeSpan.FromTicks((long)(marketElapsed.Ticks / s));
            var waited = wallClock.GetElapsedTime(anchorWallTimestamp);
            if (due > waited)
            {
                await Task.Delay(due - waited, wallClock, cancellationToken).ConfigureAwait(false);
            }
        }

        MarketClock.AdvanceTo(eventTime);
    }

    /// <summary>Sets the market clock to <paramref name="eventTime"/> at once and restarts pacing from there.</summary>
    public void JumpTo(Instant eventTime)
    {
        MarketClock.AdvanceTo(eventTime);
        Reanchor();
    }

    private void Reanchor()
    {
        anchorMarket = MarketClock.GetCurrentInstant();
        anchorWallTimestamp = wallClock.GetTimestamp();
    }
}
