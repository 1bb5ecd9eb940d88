using NodaTime;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Engine.Alerts;

/// <summary>How components of the decision loop raise an alert; the loop numbers and queues it.</summary>
public delegate void AlertRaiser(string type, AlertSeverity severity, Instant time, string? instrument, string reason, params AlertValue[] values);
