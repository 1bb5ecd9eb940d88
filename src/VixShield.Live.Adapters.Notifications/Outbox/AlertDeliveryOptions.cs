using System.Globalization;
using VixShield.Live.Abstractions.Configuration;

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

    /// <summary>Every invalid setting, its value and what is allowed (the ranges are Polly's where Polly has one); empty
    /// when valid.</summary>
    public IReadOnlyList<(string Key, string? Value, string Allowed)> ListProblems()
    {
        var problems = new List<(string Key, string? Value, string Allowed)>();
        void Duration(string name, TimeSpan value, TimeSpan minimum, TimeSpan maximum, string? minimumName = null)
        {
            if (value < minimum || value > maximum)
            {
                var from = minimumName is null ? SettingProblems.Duration(minimum) : $"{minimumName} ({SettingProblems.Duration(minimum)})";
                problems.Add((Key(name), SettingProblems.Duration(value), $"a duration from {from} to {SettingProblems.Duration(maximum)}"));
            }
        }

        void Count(string name, int value, int minimum, int maximum)
        {
            if (value < minimum || value > maximum)
            {
                problems.Add((Key(name), value.ToString(CultureInfo.InvariantCulture),
                    string.Create(CultureInfo.InvariantCulture, $"a whole number from {minimum} to {maximum}")));
            }
        }

        Duration(nameof(PollInterval), PollInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1));
        Count(nameof(BatchSize), BatchSize, 1, 10_000);
        Duration(nameof(AttemptTimeout), AttemptTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromDays(1));
        Count(nameof(MaxRetryAttempts), MaxRetryAttempts, 1, 100);
        Duration(nameof(RetryBaseDelay), RetryBaseDelay, TimeSpan.Zero, TimeSpan.FromDays(1));
        if (RetryBaseDelay >= TimeSpan.Zero && RetryBaseDelay <= TimeSpan.FromDays(1))
        {
            Duration(nameof(RetryMaxDelay), RetryMaxDelay, RetryBaseDelay, TimeSpan.FromDays(1), Key(nameof(RetryBaseDelay)));
        }

        if (!(BreakerFailureRatio > 0 && BreakerFailureRatio <= 1))
        {
            problems.Add((Key(nameof(BreakerFailureRatio)), BreakerFailureRatio.ToString(CultureInfo.InvariantCulture), "a number above 0 and at most 1"));
        }

        Count(nameof(BreakerMinimumThroughput), BreakerMinimumThroughput, 2, 10_000);
        Duration(nameof(BreakerSamplingDuration), BreakerSamplingDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromDays(1));
        Duration(nameof(BreakerBreakDuration), BreakerBreakDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromDays(1));
        return problems;
    }

    /// <exception cref="ArgumentException">Any of <see cref="ListProblems"/>; the message lists them all.</exception>
    public void Validate() => SettingProblems.ThrowIfAny(ListProblems());

    private static string Key(string name) => SectionName + ":" + name;
}
