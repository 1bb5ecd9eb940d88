using VixShield.Live.Rules.Rulesets;

namespace VixShield.Live.Rules.Risk;

/// <summary>Hard limits no hedge decision may breach.</summary>
public sealed record RiskLimits
{
    /// <summary>Most hedge layers open at once.</summary>
    /// <value>The default is 3.</value>
    public int MaxLayers { get; init; } = RulesetDefaults.MaxLayers;

    /// <summary>Most premium held in open layers (cost of the contracts still held), in percent of account capital.</summary>
    /// <value>The default is 3 (3% of capital).</value>
    public decimal MaxTotalPremiumPercentOfCapital { get; init; } = RulesetDefaults.MaxTotalPremiumPercentOfCapital;

    /// <summary>Most premium held in open layers as a multiple of the open condor's max loss in dollars (1 = never
    /// more hedge premium than the condor can lose: no over-hedging).</summary>
    /// <value>The default is 1.</value>
    public decimal MaxPremiumToCondorMaxLoss { get; init; } = RulesetDefaults.MaxPremiumToCondorMaxLoss;
}
