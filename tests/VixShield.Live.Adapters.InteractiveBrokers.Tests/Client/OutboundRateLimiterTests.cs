using NodaTime;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.InteractiveBrokers.Client;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Client;

public sealed class OutboundRateLimiterTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 10, 16, 13, 30);

    [Fact]
    public void TryAcquire_AfterQuietPeriod_AllowsExactlyTheBurst()
    {
        var clock = new ManualTimeProvider(Start);
        var sut = new OutboundRateLimiter(clock, messagesPerSecond: 40, burst: 4);

        var granted = Enumerable.Range(0, 10).Count(_ => sut.TryAcquire());

        Assert.Equal(4, granted);
        Assert.Equal(TimeSpan.FromMilliseconds(25), sut.TimeUntilAvailable());
    }

    [Fact]
    public void TryAcquire_BusySender_NeverExceedsBurstPlusRateInAnyOneSecondWindow()
    {
        var clock = new ManualTimeProvider(Start);
        var sut = new OutboundRateLimiter(clock, messagesPerSecond: 40, burst: 4);
        var sent = new List<TimeSpan>();
        var elapsed = TimeSpan.Zero;
        var step = TimeSpan.FromMilliseconds(1);

        while (elapsed < TimeSpan.FromSeconds(5))
        {
            while (sut.TryAcquire())
            {
                sent.Add(elapsed);
            }

            clock.Advance(step);
            elapsed += step;
        }

        var busiestWindow = sent.Max(start => sent.Count(time => time >= start && time < start + TimeSpan.FromSeconds(1)));
        Assert.InRange(busiestWindow, 40, 44);
        Assert.InRange(sent.Count, 40 * 5, 44 * 5);
    }

    [Fact]
    public async Task AcquireAsync_NoSlot_WaitsForTheManualClock()
    {
        var clock = new ManualTimeProvider(Start);
        var sut = new OutboundRateLimiter(clock, messagesPerSecond: 40, burst: 1);
        Assert.True(sut.TryAcquire());

        var waiting = sut.AcquireAsync(CancellationToken.None).AsTask();
        Assert.False(waiting.IsCompleted);

        clock.Advance(TimeSpan.FromMilliseconds(25));
        await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(sut.TryAcquire());
    }
}
