namespace VixShield.Live.Adapters.Notifications.Outbox;

/// <summary>Default values of <see cref="AlertDeliveryOptions"/>, chosen for chat webhooks and SMTP relays that answer
/// in well under a second and rate-limit bursts.</summary>
public static class AlertDeliveryDefaults
{
    /// <summary>How often a destination is re-tried after a failed pass, and the longest a missed wake-up can delay an alert.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    public const int BatchSize = 100;

    /// <summary>Per attempt; a webhook that has not answered in 10 s is treated as down.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    public const int MaxRetryAttempts = 3;

    /// <summary>Median first retry delay; exponential with jitter after that (about 1, 2, 4 s).</summary>
    public static readonly TimeSpan RetryBaseDelay = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan RetryMaxDelay = TimeSpan.FromSeconds(30);

    /// <summary>The circuit opens when half the attempts in the sampling window fail...</summary>
    public const double BreakerFailureRatio = 0.5;

    /// <summary>...and at least this many attempts were made in it.</summary>
    public const int BreakerMinimumThroughput = 4;

    public static readonly TimeSpan BreakerSamplingDuration = TimeSpan.FromMinutes(1);

    /// <summary>While open, attempts fail at once instead of waiting for a dead endpoint's timeout.</summary>
    public static readonly TimeSpan BreakerBreakDuration = TimeSpan.FromSeconds(30);
}
