using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using VixShield.Live.Adapters.Notifications.Outbox;

namespace VixShield.Live.Adapters.Tests.Notifications;

public sealed class AlertDeliveryPipelineTests
{
    private readonly AlertDeliveryOptions options = new();

    [Fact]
    public void CreateRetryOptions_Defaults_ExponentialBackoffWithJitterAsDocumented()
    {
        var sut = AlertDeliveryPipeline.CreateRetryOptions(options, new Random(1));

        Assert.Equal(3, sut.MaxRetryAttempts);
        Assert.Equal(DelayBackoffType.Exponential, sut.BackoffType);
        Assert.True(sut.UseJitter);
        Assert.Equal(TimeSpan.FromSeconds(1), sut.Delay);
        Assert.Equal(TimeSpan.FromSeconds(30), sut.MaxDelay);
    }

    [Fact]
    public void CreateRetryOptions_SeededJitter_DrawsFromTheGivenRandom()
    {
        var sut = AlertDeliveryPipeline.CreateRetryOptions(options, new Random(7));

        Assert.Equal(new Random(7).NextDouble(), sut.Randomizer());
    }

    [Fact]
    public void CreateCircuitBreakerOptions_Defaults_AsDocumented()
    {
        var sut = AlertDeliveryPipeline.CreateCircuitBreakerOptions(options);

        Assert.Equal((0.5, 4, TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(30)), (sut.FailureRatio, sut.MinimumThroughput, sut.SamplingDuration, sut.BreakDuration));
    }

    [Fact]
    public void CreateTimeoutOptions_Defaults_TenSecondsPerAttempt()
    {
        Assert.Equal(TimeSpan.FromSeconds(10), AlertDeliveryPipeline.CreateTimeoutOptions(options).Timeout);
    }

    [Fact]
    public async Task ShouldHandle_FailuresAndCancellation_RetriesFailuresButNeverCancellation()
    {
        var retry = AlertDeliveryPipeline.CreateRetryOptions(options, new Random(1));
        var breaker = AlertDeliveryPipeline.CreateCircuitBreakerOptions(options);
        var context = ResilienceContextPool.Shared.Get();

        async Task<bool> Retries(Exception exception) => await retry.ShouldHandle(new RetryPredicateArguments<object>(context, Outcome.FromException<object>(exception), 0));
        async Task<bool> Counts(Exception exception) => await breaker.ShouldHandle(new CircuitBreakerPredicateArguments<object>(context, Outcome.FromException<object>(exception)));

        Assert.True(await Retries(new AlertDeliveryException("500")));
        Assert.True(await Retries(new HttpRequestException("refused")));
        Assert.True(await Retries(new TimeoutRejectedException()));
        Assert.True(await Retries(new BrokenCircuitException()));
        Assert.False(await Retries(new OperationCanceledException()));
        Assert.True(await Counts(new TimeoutRejectedException()));
        Assert.False(await Counts(new TaskCanceledException()));
        ResilienceContextPool.Shared.Return(context);
    }

    [Fact]
    public void AddAlertDelivery_Defaults_BuildsAPipelinePollyAccepts()
    {
        var pipeline = new ResiliencePipelineBuilder().AddAlertDelivery(options, new Random(1)).Build();

        Assert.NotNull(pipeline);
    }

    [Theory]
    [InlineData(nameof(AlertDeliveryOptions.BreakerMinimumThroughput), "Alerts:Delivery:BreakerMinimumThroughput is '1'; allowed: a whole number from 2 to 10000")]
    [InlineData(nameof(AlertDeliveryOptions.BreakerFailureRatio), "Alerts:Delivery:BreakerFailureRatio is '1.5'; allowed: a number above 0 and at most 1")]
    [InlineData(nameof(AlertDeliveryOptions.RetryMaxDelay), "Alerts:Delivery:RetryMaxDelay is '00:00:00.5'; allowed: a duration from Alerts:Delivery:RetryBaseDelay (00:00:01) to 1.00:00:00")]
    [InlineData(nameof(AlertDeliveryOptions.PollInterval), "Alerts:Delivery:PollInterval is '00:00:00'; allowed: a duration from 00:00:00.01 to 01:00:00")]
    public void Validate_OutOfRange_ThrowsNamingSettingValueAndRange(string setting, string expected)
    {
        switch (setting)
        {
            case nameof(AlertDeliveryOptions.BreakerMinimumThroughput):
                options.BreakerMinimumThroughput = 1;
                break;
            case nameof(AlertDeliveryOptions.BreakerFailureRatio):
                options.BreakerFailureRatio = 1.5;
                break;
            case nameof(AlertDeliveryOptions.RetryMaxDelay):
                options.RetryMaxDelay = TimeSpan.FromMilliseconds(500);
                break;
            default:
                options.PollInterval = TimeSpan.Zero;
                break;
        }

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void ListProblems_TwoSettingsOutOfRange_ListsBoth()
    {
        options.BatchSize = 0;
        options.BreakerBreakDuration = TimeSpan.Zero;

        var problems = options.ListProblems();

        Assert.Equal(["Alerts:Delivery:BatchSize", "Alerts:Delivery:BreakerBreakDuration"], problems.Select(p => p.Key));
    }
}
