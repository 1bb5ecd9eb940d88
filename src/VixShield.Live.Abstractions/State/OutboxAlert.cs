using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Abstractions.State;

/// <summary>An alert waiting in the outbox for one destination.</summary>
/// <param name="Sequence">Its position in the journal; delivery follows this order.</param>
/// <param name="AlertId">The idempotent alert id: the alert's sequence and a fingerprint of its content.</param>
public sealed record OutboxAlert(long Sequence, string AlertId, Alert Alert);
