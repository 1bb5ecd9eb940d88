using VixShield.Live.Reports.Comparison;

namespace VixShield.Live.Reports.Metrics;

/// <summary>The headline figure: how much smaller a hedged arm's maximum drawdown is than a baseline's.</summary>
/// <param name="Hedged">The ALVH arm.</param>
/// <param name="Baseline">The arm it is compared with (unhedged or a stop-loss).</param>
/// <param name="HedgedDrawdown">The hedged arm's maximum drawdown in dollars.</param>
/// <param name="BaselineDrawdown">The baseline's maximum drawdown in dollars.</param>
public sealed record DrawdownReduction(ComparisonArm Hedged, ComparisonArm Baseline, decimal HedgedDrawdown, decimal BaselineDrawdown)
{
    /// <summary>1 - hedged / baseline: 0.5 means half the drawdown, a negative value a larger one; null when the
    /// baseline never drew down.</summary>
    public double? Reduction => BaselineDrawdown > 0m ? (double)(1m - (HedgedDrawdown / BaselineDrawdown)) : null;

    public ClaimVerdict Verdict => PublisherClaim.Judge(Reduction);
}
