using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Engine.Execution;

/// <summary>Why the safety gate refused an order.</summary>
/// <param name="Limit">The limit that refused it.</param>
/// <param name="Reason">In words, naming the setting, its value and the order's value.</param>
/// <param name="Values">The same values for machine-readable alerts: <c>limit</c>, <c>setting</c>, <c>allowed</c>, <c>actual</c>...</param>
public sealed record SafetyRefusal(SafetyLimit Limit, string Reason, IReadOnlyList<AlertValue> Values);
