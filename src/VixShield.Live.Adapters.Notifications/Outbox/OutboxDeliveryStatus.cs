using NodaTime;

namespace VixShield.Live.Adapters.Notifications.Outbox;

/// <summary>Where one destination's delivery stands, for health checks, metrics and logs. Contains no secrets.</summary>
/// <param name="Pending">Alerts waiting for this destination after the last pass.</param>
/// <param name="DeliveredTotal">Alerts delivered by this worker since it started.</param>
/// <param name="LastPassDelivered">Alerts delivered by the last pass.</param>
/// <param name="ConsecutiveFailures">Failed passes in a row; 0 once a pass gets through.</param>
/// <param name="LastFailure">Why the last failed pass stopped (redacted), or null.</param>
public sealed record OutboxDeliveryStatus(
    string Destination,
    long Pending,
    long DeliveredTotal,
    int LastPassDelivered,
    int ConsecutiveFailures,
    string? LastFailure,
    Instant? LastFailureTime,
    Instant? LastDeliveryTime)
{
    public bool IsHealthy => ConsecutiveFailures == 0;
}
