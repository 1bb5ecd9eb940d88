using NodaTime;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Rules.Hedging;

namespace VixShield.Live.Rules.Scalar;

/// <summary>The scalar moved by at least the ruleset's threshold from the last reported value (or was computed for the first time).</summary>
/// <param name="Previous">The last reported value, NaN for the first report.</param>
/// <param name="Inputs">The inputs and stresses behind the new value.</param>
public sealed record ScalarChanged(
    Instant Time,
    string Reason,
    IReadOnlyList<AlertValue> Values,
    double Previous,
    StressScalarInputs Inputs)
    : HedgeDecision(Time, null, Reason, Values)
{
    public double Current => Inputs.Value;

    public override string Type => "hedge.scalar.changed";
}
