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
    public void CreateConnectRetryOptions_Defaults_RetryForEverWithExponentialJitteredBackoff()
    {
        var sut = InteractiveBrokersFeedFactory.CreateConnectRetryOptions(new InteractiveBrokersOptions(), TimeProvider.System);

        Assert.Equal(
            (int.MaxValue, DelayBackoffType.Exponential, true, TimeSpan.FromSeconds(1), (TimeSpan?)TimeSpan.FromMinutes(1)),
            (sut.MaxRetryAttempts, sut.BackoffType, sut.UseJitter, sut.Delay, sut.MaxDelay));
    }

    [Fact]
    public void CreateConnectRetryOptions_FiniteAttempts_UsesThem()
    {
        var sut = InteractiveBrokersFeedFactory.CreateConnectRetryOptions(
            new InteractiveBrokersOptions { ConnectRetryAttempts = 4, ConnectRetryDelay = TimeSpan.FromSeconds(2), ConnectRetryMaxDelay = TimeSpan.FromSeconds(30) },
            TimeProvider.System);

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
        var sut = InteractiveBrokersFeedFactory.CreateConnectRetryOptions(new InteractiveBrokersOptions(), TimeProvider.System);
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
        var sut = InteractiveBrokersFeedFactory.CreateConnectPipeline(new InteractiveBrokersOptions(), time, logs.CreateLogger("connect"));
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
}
