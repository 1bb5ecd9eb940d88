using NodaTime;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Indicators.Signals;

/// <summary>A signal changed state; the decision loop turns it into an alert.</summary>
/// <param name="Kind">Which signal.</param>
/// <param name="Active">The new state (true = on).</param>
/// <param name="Time">Market time of the input that caused the change.</param>
/// <param name="Reason">Human-readable why, naming the values that caused it.</param>
/// <param name="Values">The values behind the reason, in a stable order.</param>
public sealed record SignalChange(SignalKind Kind, bool Active, Instant Time, string Reason, IReadOnlyList<AlertValue> Values);
