using VixShield.Live.Rules.Rulesets;

namespace VixShield.Live.Rules.Hedging;

/// <summary>Whether open layers follow the scalar after they open (the ladder preset scales its standing buckets).</summary>
/// <param name="Enabled">Resize open, not yet monetised layers when the scalar changes.</param>
/// <param name="MinimumChangeFraction">Resize only when the target differs from the held contracts by at least this
/// share of them (and by at least one contract), so small scalar moves do not churn orders.</param>
public sealed record ResizePolicy(bool Enabled, double MinimumChangeFraction)
{
    public static ResizePolicy Disabled { get; } = new(false, RulesetDefaults.ResizeMinimumChangeFraction);
}
