using NodaTime;
using VixShield.Live.Abstractions.Time;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Support;

/// <summary>A <see cref="ManualTimeProvider"/> that also tells a test when a timer with a given due time is created,
/// so the test can advance the clock exactly after the code under test started waiting (no real-time polling).</summary>
internal sealed class ObservableTimeProvider(Instant start) : TimeProvider
{
    private readonly object gate = new();
    private readonly List<(TimeSpan DueTime, TaskCompletionSource Created)> waiters = [];

    public ManualTimeProvider Clock { get; } = new(start);

    public override TimeZoneInfo LocalTimeZone => Clock.LocalTimeZone;

    public override long TimestampFrequency => Clock.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => Clock.GetUtcNow();

    public override long GetTimestamp() => Clock.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Clock.CreateTimer(callback, state, dueTime, period);
        lock (gate)
        {
            foreach (var waiter in waiters.Where(waiter => waiter.DueTime == dueTime).ToList())
            {
                waiters.Remove(waiter);
                waiter.Created.TrySetResult();
            }
        }

        return timer;
    }

    /// <summary>Completes when the next timer due after <paramref name="dueTime"/> has been created.</summary>
    public Task WaitForTimerAsync(TimeSpan dueTime, CancellationToken cancellationToken)
    {
        var created = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            waiters.Add((dueTime, created));
        }

        return created.Task.WaitAsync(cancellationToken);
    }
}
