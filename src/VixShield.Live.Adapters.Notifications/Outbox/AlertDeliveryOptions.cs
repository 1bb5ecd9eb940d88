using System.Globalization;

namespace VixShield.Live.Adapters.Notifications.Outbox;

/// <summary>How alerts leave the outbox: the delivery worker's pace and the resilience pipeline around each attempt.</summary>
public sealed class AlertDeliveryOptions
{
    public const string SectionName = "Alerts:Delivery";

    /// <summary>The name of the resilience pipeline for webhook sinks in the host's registry.</summary>
    public const string WebhookPipelineName = "alert-webhook";

    /// <summary>The name of the resilience pipeline for email sinks in the host's registry.</summary>
    public const string EmailPipelineName = "alert-email";

    /// <value>The default is <c>00:00:05</c>.</value>
    public TimeSpan PollInterval { get; set; } = AlertDeliveryDefaults.PollInterval;

    /// <summary>How many undelivered alerts are read from the outbox at a time.</summary>
    /// <value>The default is 100.</value>
    public int BatchSize { get; set; } = AlertDeliveryDefaults.BatchSize;

    /// <value>The default is <c>00:00:10</c>.</value>
    public TimeSpan AttemptTimeout { get; set; } = AlertDeliveryDefaults.AttemptTimeout;

    /// <value>The default is 3.</value>
    public int MaxRetryAttempts { get; set; } = AlertDeliveryDefaults.MaxRetryAttempts;

    /// <value>The default is <c>00:00:01</c>.</value>
    public TimeSpan RetryBaseDelay { get; set; } = AlertDeliveryDefaults.RetryBaseDelay;

    /// <value>The default is <c>00:00:30</c>.</value>
    public TimeSpan RetryMaxDelay { get; set; } = AlertDeliveryDefaults.RetryMaxDelay;

    /// <value>The default is 0.5.</value>
    public double BreakerFailureRatio { get; set; } = AlertDeliveryDefaults.BreakerFailureRatio;

    /// <value>The default is 4.</value>
    public int BreakerMinimumThroughput { get; set; } = AlertDeliveryDefaults.BreakerMinimumThroughput;

    /// <value>The default is <c>00:01:00</c>.</value>
    public TimeSpan BreakerSamplingDuration { get; set; } = AlertDeliveryDefaults.BreakerSamplingDuration;

    /// <value>The default is <c>00:00:30</c>.</value>
    public TimeSpan BreakerBreakDuration { get; set; } = AlertDeliveryDefaults.BreakerBreakDuration;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting, its value and what is allowed
    /// (the ranges are Polly's where Polly has one).</summary>
    public void Validate()
    {
        CheckDuration(nameof(PollInterval), PollInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1));
        CheckCount(nameof(BatchSize), BatchSize, 1, 10_000);
        CheckDuration(nameof(AttemptTimeout), AttemptTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromDays(1));
        CheckCount(nameof(MaxRetryAttempts), MaxRetryAttempts, 1, 100);
        CheckDuration(nameof(RetryBaseDelay), RetryBaseDelay, TimeSpan.Zero, TimeSpan.FromDays(1));
        CheckDuration(nameof(RetryMaxDelay), RetryMaxDelay, RetryBaseDelay, TimeSpan.FromDays(1));
        if (!(BreakerFailureRatio > 0 && BreakerFailureRatio <= 1))
        {
            throw new ArgumentException(
                $"{SectionName}:{nameof(BreakerFailureRatio)} is {BreakerFailureRatio.ToString(CultureInfo.InvariantCulture)}; it must be above 0 and at most 1",
                nameof(BreakerFailureRatio));
        }

        CheckCount(nameof(BreakerMinimumThroughput), BreakerMinimumThroughput, 2, 10_000);
        CheckDuration(nameof(BreakerSamplingDuration), BreakerSamplingDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromDays(1));
        CheckDuration(nameof(BreakerBreakDuration), BreakerBreakDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromDays(1));
    }

    private static void CheckDuration(string name, TimeSpan value, TimeSpan minimum, TimeSpan maximum)
    {
        if (value < minimum || value > maximum)
        {
            throw new ArgumentException($"{SectionName}:{name} is {value:c}; it must be between {minimum:c} and {maximum:c}", name);
        }
    }

    private static void CheckCount(string name, int value, int minimum, int maximum)
    {
        if (value < minimum || value > maximum)
        {
            throw new ArgumentException($"{SectionName}:{name} is {value}; it must be between {minimum} and {maximum}", name);
        }
    }
}
