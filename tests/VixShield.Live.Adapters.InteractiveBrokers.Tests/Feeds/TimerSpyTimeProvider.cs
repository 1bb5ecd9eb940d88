using System.Collections.Concurrent;
using NodaTime;
using VixShield.Live.Abstractions.Time;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Feeds;

/// <summary>A manual clock that hands each created timer's due time to the test, for delays it cannot predict (jitter).</summary>
internal sealed class TimerSpyTimeProvider(Instant start) : TimeProvider
{
    private readonly ConcurrentQueue<TaskCompletionSource<TimeSpan>> waiters = new();
    private readonly ConcurrentQueue<TimeSpan> created = new();

    public ManualTimeProvider Clock { get; } = new(start);

    public override TimeZoneInfo LocalTimeZone => Clock.LocalTimeZone;

    public override long TimestampFrequency => Clock.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => Clock.GetUtcNow();

    public override long GetTimestamp() => Clock.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Clock.CreateTimer(callback, state, dueTime, period);
        if (waiters.TryDequeue(out var waiter))
        {
            waiter.TrySetResult(dueTime);
        }
        else
        {
            created.Enqueue(dueTime);
        }

        return timer;
    }

    /// <summary>The due time of the next timer created (or of one created earlier and not yet taken).</summary>
    public Task<TimeSpan> NextTimerAsync(CancellationToken cancellationToken)
    {
        if (created.TryDequeue(out var dueTime))
        {
            return Task.FromResult(dueTime);
        }

        var waiter = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        waiters.Enqueue(waiter);
        return waiter.Task.WaitAsync(cancellationToken);
    }
}
