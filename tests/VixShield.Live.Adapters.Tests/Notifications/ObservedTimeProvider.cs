using System.Threading.Channels;
using VixShield.Live.Abstractions.Time;

namespace VixShield.Live.Adapters.Tests.Notifications;

/// <summary>A <see cref="ManualTimeProvider"/> that also reports every timer armed on it (Polly's delays and timeouts,
/// the worker's poll), so a test advances time exactly when the code under test is waiting, never by guessing.</summary>
internal sealed class ObservedTimeProvider(ManualTimeProvider clock) : TimeProvider
{
    private readonly Channel<TimeSpan> armed = Channel.CreateUnbounded<TimeSpan>();

    public ManualTimeProvider Clock => clock;

    /// <summary>The due time of each timer when it was armed, in arming order.</summary>
    public ChannelReader<TimeSpan> Armed => armed.Reader;

    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override long GetTimestamp() => clock.GetTimestamp();

    public override long TimestampFrequency => clock.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => clock.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ObservedTimer(clock.CreateTimer(callback, state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan), armed.Writer);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Runs <paramref name="work"/> to completion, advancing the clock by each armed timer's due time when
    /// <paramref name="advance"/> says so (typically: retry delays yes, attempt timeouts no).</summary>
    public async Task<T> DriveAsync<T>(Task<T> work, Func<TimeSpan, bool> advance)
    {
        while (!work.IsCompleted)
        {
            await Task.WhenAny(work, armed.Reader.WaitToReadAsync().AsTask());
            while (armed.Reader.TryRead(out var due))
            {
                if (advance(due))
                {
                    clock.Advance(due);
                }
            }
        }

        return await work;
    }

    private sealed class ObservedTimer(ITimer inner, ChannelWriter<TimeSpan> armed) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = inner.Change(dueTime, period);
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                armed.TryWrite(dueTime);
            }

            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
