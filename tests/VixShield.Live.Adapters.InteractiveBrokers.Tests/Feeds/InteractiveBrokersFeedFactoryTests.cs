using Microsoft.Extensions.Logging;
using NodaTime;
using Polly;
using Polly.Retry;
using VixShield.Live.Adapters.InteractiveBrokers.Client;
using VixShield.Live.Adapters.InteractiveBrokers.Feeds;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Feeds;

public sealed class InteractiveBrokersFeedFactoryTests : IDisposable
{
    private static readonly Instant Start = Instant.FromUtc(2026, 10, 16, 13, 45);
    private readonly CancellationTokenSource guard = new(TimeSpan.FromSeconds(30));

    public void Dispose() => guard.Dispose();

    [Fact]
    public void CreateConnectRetryOptions_Defaults_RetryForEverWithOurOwnDelaysAndNoPollyJitter()
    {
        var sut = InteractiveBrokersFeedFactory.CreateConnectRetryOptions(new InteractiveBrokersOptions(), TimeProvider.System, new Random(1));

        Assert.Equal(
            (int.MaxValue, DelayBackoffType.Constant, false, TimeSpan.FromSeconds(1), (TimeSpan?)TimeSpan.FromMinutes(1)),
            (sut.MaxRetryAttempts, sut.BackoffType, sut.UseJitter, sut.Delay, sut.MaxDelay));
        Assert.NotNull(sut.DelayGenerator);
    }

    [Fact]
    public async Task CreateConnectPipeline_SameSeed_SameDelaySequence()
    {
        var options = new InteractiveBrokersOptions();

        var first = await RetryDelaysAsync(options, seed: 42, retries: 10);
        var second = await RetryDelaysAsync(options, seed: 42, retries: 10);
        var otherSeed = await RetryDelaysAsync(options, seed: 43, retries: 10);

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
    }

    [Fact]
    public async Task CreateConnectPipeline_EveryRetry_WaitsBetweenHalfAndAllOfTheCappedDoubling()
    {
        var options = new InteractiveBrokersOptions { ConnectRetryDelay = TimeSpan.FromSeconds(2), ConnectRetryMaxDelay = TimeSpan.FromSeconds(45) };

        var delays = await RetryDelaysAsync(options, seed: 7, retries: 12);

        for (var retry = 0; retry < delays.Count; retry++)
        {
            var ceiling = TimeSpan.FromSeconds(Math.Min(2 * Math.Pow(2, retry), 45));
            Assert.InRange(delays[retry], ceiling / 2, ceiling);
        }

        // Jitter must actually spread the waits: twelve draws never all land on the floor or all on the ceiling.
        Assert.Contains(delays.Select((delay, retry) => (delay, retry)), d => d.delay != TimeSpan.FromSeconds(Math.Min(2 * Math.Pow(2, d.retry), 45)) / 2);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 8)]
    [InlineData(6, 60)]
    [InlineData(63, 60)]
    [InlineData(int.MaxValue, 60)]
    public void Ceiling_AttemptNumber_DoublesUpToTheCapWithoutOverflow(int attemptNumber, int expectedSeconds)
    {
        var sut = new TwsConnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), new Random(1));

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), sut.Ceiling(attemptNumber));
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds) / 2, sut.Floor(attemptNumber));
    }

    [Fact]
    public void CreateConnectRetryOptions_MaxDelayBelowDelay_ThrowsNamingTheKey()
    {
        var options = new InteractiveBrokersOptions { ConnectRetryDelay = TimeSpan.FromSeconds(10), ConnectRetryMaxDelay = TimeSpan.FromSeconds(5) };

        var error = Assert.Throws<ArgumentException>(() => InteractiveBrokersFeedFactory.CreateConnectRetryOptions(options, TimeProvider.System, new Random(1)));

        Assert.Contains("InteractiveBrokers:ConnectRetryMaxDelay is '00:00:05'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateConnectRetryOptions_FiniteAttempts_UsesThem()
    {
        var sut = InteractiveBrokersFeedFactory.CreateConnectRetryOptions(
            new InteractiveBrokersOptions { ConnectRetryAttempts = 4, ConnectRetryDelay = TimeSpan.FromSeconds(2), ConnectRetryMaxDelay = TimeSpan.FromSeconds(30) },
            TimeProvider.System,
            new Random(1));

        Assert.Equal((4, TimeSpan.FromSeconds(2), (TimeSpan?)TimeSpan.FromSeconds(30)), (sut.MaxRetryAttempts, sut.Delay, sut.MaxDelay));
    }

    [Theory]
    [InlineData(TwsConnectionFailure.Unreachable, true)]
    [InlineData(TwsConnectionFailure.Timeout, true)]
    [InlineData(TwsConnectionFailure.ClientIdInUse, true)]
    [InlineData(TwsConnectionFailure.ClosedDuringHandshake, true)]
    [InlineData(TwsConnectionFailure.NotConnected, true)]
    [InlineData(TwsConnectionFailure.UnsupportedServerVersion, false)]
    public async Task CreateConnectRetryOptions_ShouldHandle_RetriesEveryFailureButAnUnsupportedVersion(TwsConnectionFailure failure, bool expected)
    {
        var sut = InteractiveBrokersFeedFactory.CreateConnectRetryOptions(new InteractiveBrokersOptions(), TimeProvider.System, new Random(1));
        var context = ResilienceContextPool.Shared.Get(guard.Token);

        var handled = await sut.ShouldHandle(new RetryPredicateArguments<object>(context, Outcome.FromException<object>(new TwsConnectionException(failure, "x")), 0));

        ResilienceContextPool.Shared.Return(context);
        Assert.Equal(expected, handled);
        Assert.Equal(expected, InteractiveBrokersFeedFactory.ShouldRetryConnect(new TwsConnectionException(failure, "x")));
    }

    [Fact]
    public async Task CreateConnectPipeline_FailingAttempts_BackOffOnTheInjectedClockAndLogTheOutageOnce()
    {
        var time = new TimerSpyTimeProvider(Start);
        var logs = new RecordingLoggerFactory();
        var sut = InteractiveBrokersFeedFactory.CreateConnectPipeline(new InteractiveBrokersOptions(), time, new Random(3), logs.CreateLogger("connect"));
        var attempts = 0;

        var running = sut.ExecuteAsync(
            _ => ++attempts < 4
                ? throw new TwsConnectionException(TwsConnectionFailure.Unreachable, "connection refused")
                : ValueTask.FromResult(attempts),
            guard.Token).AsTask();
        var delays = new List<TimeSpan>();
        for (var retry = 0; retry < 3; retry++)
        {
            var delay = await time.NextTimerAsync(guard.Token);
            delays.Add(delay);
            Assert.False(running.IsCompleted);
            time.Clock.Advance(delay);
        }

        var result = await running.WaitAsync(guard.Token);

        Assert.Equal(4, result);
        Assert.All(delays, delay => Assert.InRange(delay, TimeSpan.Zero, TimeSpan.FromMinutes(1)));
        var error = Assert.Single(logs.Records, r => r.Level == LogLevel.Error);
        Assert.Contains("Cannot connect to TWS at 127.0.0.1:7497 (502)", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, logs.Records.Count(r => r.Level == LogLevel.Debug));
    }

    [Fact]
    public void Create_InvalidOptions_ThrowsListingEveryProblemWithItsKey()
    {
        var options = new InteractiveBrokersOptions { Port = 0, JumpRejectFraction = 2 };

        var error = Assert.Throws<ArgumentException>(() => InteractiveBrokersFeedFactory.Create(options, TimeProvider.System, new RecordingLoggerFactory()));

        Assert.Contains("InteractiveBrokers:Port is '0'", error.Message, StringComparison.Ordinal);
        Assert.Contains("InteractiveBrokers:JumpRejectFraction is '2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ValidOptions_BuildsTheTwsFeed()
    {
        var sut = InteractiveBrokersFeedFactory.Create(
            new InteractiveBrokersOptions { Host = "127.0.0.1", Port = 7497, ClientId = 7 }, TimeProvider.System, new RecordingLoggerFactory());

        Assert.Equal("tws", sut.Name);
        Assert.False(sut.IsConnected);
    }

    /// <summary>The waits of <paramref name="retries"/> failed connects through a pipeline seeded with <paramref name="seed"/>,
    /// read from the timers it creates on a manual clock.</summary>
    private async Task<List<TimeSpan>> RetryDelaysAsync(InteractiveBrokersOptions options, int seed, int retries)
    {
        var time = new TimerSpyTimeProvider(Start);
        var sut = InteractiveBrokersFeedFactory.CreateConnectPipeline(options, time, new Random(seed));
        var attempts = 0;
        var running = sut.ExecuteAsync(
            _ => ++attempts <= retries
                ? throw new TwsConnectionException(TwsConnectionFailure.Unreachable, "connection refused")
                : ValueTask.FromResult(attempts),
            guard.Token).AsTask();
        var delays = new List<TimeSpan>();
        for (var retry = 0; retry < retries; retry++)
        {
            var delay = await time.NextTimerAsync(guard.Token);
            delays.Add(delay);
            time.Clock.Advance(delay);
        }

        Assert.Equal(retries + 1, await running.WaitAsync(guard.Token));
        return delays;
    }
}
