using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace VixShield.Live.Adapters.Notifications.Outbox;

/// <summary>The resilience pipeline around one delivery attempt: retry (outermost), circuit breaker, per-attempt timeout.</summary>
/// <remarks>
/// Order matters: the timeout is innermost so each attempt gets its own; the breaker counts timed-out attempts as
/// failures; the retry sits outside the breaker so an open circuit fails fast and the retry's backoff spaces the
/// probes. Cancellation by the caller is never retried. Delays and timeouts run on the builder's
/// <see cref="ResiliencePipelineBuilderBase.TimeProvider"/>, which the host sets to its own (a manual one in tests).
/// The strategy options are built by public methods so tests can assert them (house style: our settings, not Polly's internals).
/// </remarks>
public static class AlertDeliveryPipeline
{
    /// <summary>Adds the three strategies to <paramref name="builder"/>.</summary>
    /// <param name="jitter">A seeded source for the retry jitter; one per pipeline, since a pipeline runs one delivery at a time.</param>
    public static ResiliencePipelineBuilder AddAlertDelivery(this ResiliencePipelineBuilder builder, AlertDeliveryOptions options, Random jitter)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddRetry(CreateRetryOptions(options, jitter))
            .AddCircuitBreaker(CreateCircuitBreakerOptions(options))
            .AddTimeout(CreateTimeoutOptions(options));
    }

    public static RetryStrategyOptions CreateRetryOptions(AlertDeliveryOptions options, Random jitter)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(jitter);
        options.Validate();
        return new RetryStrategyOptions
        {
            Name = "alert-delivery-retry",
            MaxRetryAttempts = options.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = options.RetryMaxDelay,
            Randomizer = jitter.NextDouble,
            ShouldHandle = args => ValueTask.FromResult(IsDeliveryFailure(args.Outcome.Exception)),
        };
    }

    public static CircuitBreakerStrategyOptions CreateCircuitBreakerOptions(AlertDeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new CircuitBreakerStrategyOptions
        {
            Name = "alert-delivery-breaker",
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakerBreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsDeliveryFailure(args.Outcome.Exception)),
        };
    }

    public static TimeoutStrategyOptions CreateTimeoutOptions(AlertDeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new TimeoutStrategyOptions { Name = "alert-delivery-attempt-timeout", Timeout = options.AttemptTimeout };
    }

    /// <summary>Any exception except cancellation: an endpoint's refusal, error status, reset or timeout are all worth
    /// another try, and an alert is never dropped, so there is no "permanent" class to give up on.</summary>
    public static bool IsDeliveryFailure(Exception? exception) => exception is not null and not OperationCanceledException;
}
