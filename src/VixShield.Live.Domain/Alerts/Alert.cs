using NodaTime;

namespace VixShield.Live.Domain.Alerts;

/// <summary>Something the daemon tells people: a decision, a signal change or a health change, with its reason.</summary>
/// <param name="Sequence">Position in the daemon's event stream; with the run's identity it makes an idempotent alert id.</param>
/// <param name="Type">Dotted event type, e.g. <c>feed.started</c>, <c>bar.closed</c>, <c>session.open</c>.</param>
/// <param name="EventTime">Market time the alert refers to.</param>
/// <param name="Instrument">The instrument concerned, or null for daemon-wide events.</param>
/// <param name="Reason">Human-readable why, naming the rule and the values that caused it.</param>
/// <param name="Values">The values behind the reason, in a stable order.</param>
public sealed record Alert(
    long Sequence,
    string Type,
    AlertSeverity Severity,
    Instant EventTime,
    string? Instrument,
    string Reason,
    IReadOnlyList<AlertValue> Values);
