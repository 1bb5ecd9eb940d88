using NodaTime;

namespace VixShield.Live.Abstractions.Time;

/// <summary>A clock that moves only when told to: the time source of simulation, replay and tests.</summary>
/// <remarks>
/// Time never goes backwards: <see cref="AdvanceTo"/> with an earlier instant throws, because replay output
/// must equal live output and an out-of-order clock would silently reorder timers. Timers due at or before the
/// new time fire on the advancing thread, in due-time order (ties in creation order), so a run is deterministic.
/// Lives in Abstractions because feeds (which drive it from event times) and the engine both need it.
/// </remarks>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly object gate = new();
    private readonly List<ManualTimer> timers = [];
    private DateTimeOffset now;
    private long timerSequence;

    public ManualTimeProvider(Instant start) => now = start.ToDateTimeOffset();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Moves the clock forward by <paramref name="delta"/> (must not be negative).</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        AdvanceTo(Instant.FromDateTimeOffset(GetUtcNow() + delta));
    }

    /// <summary>Moves the clock to <paramref name="target"/>, firing due timers; equal time is a no-op.</summary>
    public void AdvanceTo(Instant target)
    {
        var targetOffset = target.ToDateTimeOffset();
        while (true)
        {
            ManualTimer? due;
            lock (gate)
            {
                if (targetOffset < now)
                {
                    throw new ArgumentOutOfRangeException(
                        nameof(target), target, $"the clock is at {Instant.FromDateTimeOffset(now)} and never moves backwards");
                }

                due = NextDueTimer(targetOffset);
                if (due is null)
                {
                    now = targetOffset;
                    return;
                }

                if (due.DueTime > now)
                {
                    now = due.DueTime;
                }

                due.Reschedule();
            }

            due.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private ManualTimer? NextDueTimer(DateTimeOffset limit)
    {
        ManualTimer? best = null;
        foreach (var timer in timers)
        {
            if (timer.DueTime <= limit && (best is null || timer.DueTime < best.DueTime
                || (timer.DueTime == best.DueTime && timer.Sequence < best.Sequence)))
            {
                best = timer;
            }
        }

        return best;
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset DueTime { get; private set; }

        public long Sequence { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner.gate)
            {
                owner.timers.Remove(this);
                this.period = period;
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    return true;
                }

                ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
                DueTime = owner.now + dueTime;
                Sequence = owner.timerSequence++;
                owner.timers.Add(this);
                return true;
            }
        }

        /// <summary>Called under the owner's lock: re-arms a periodic timer or removes a one-shot.</summary>
        public void Reschedule()
        {
            owner.timers.Remove(this);
            if (period != Timeout.InfiniteTimeSpan && period > TimeSpan.Zero)
            {
                DueTime += period;
                Sequence = owner.timerSequence++;
                owner.timers.Add(this);
            }
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (owner.gate)
            {
                owner.timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
