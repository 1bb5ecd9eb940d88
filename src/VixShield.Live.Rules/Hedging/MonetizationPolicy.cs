using VixShield.Live.Rules.Rulesets;

namespace VixShield.Live.Rules.Hedging;

/// <summary>When hedges are sold for profit.</summary>
public sealed record MonetizationPolicy
{
    /// <summary>A layer whose mark reaches this multiple of its cost sells <see cref="SellFraction"/> of its contracts, once.</summary>
    /// <value>The default is 2.</value>
    public decimal ValueMultipleOfCost { get; init; } = RulesetDefaults.ValueMultipleOfCost;

    /// <summary>Share of the layer sold at <see cref="ValueMultipleOfCost"/>, rounded down to whole contracts (a
    /// one-contract layer therefore keeps its contract).</summary>
    /// <value>The default is 0.5.</value>
    public decimal SellFraction { get; init; } = RulesetDefaults.SellFraction;

    /// <summary>Close every layer that is in profit when |move| from the condor's entry comes back to at most this many
    /// sigmas, after it went out to <see cref="ArmedAfterMoveSigma"/>; null disables the rule.</summary>
    /// <value>The default is 0.25.</value>
    public double? CloseInProfitWithinSigma { get; init; } = RulesetDefaults.CloseInProfitWithinSigma;

    /// <summary>How far |move| must have gone, while the layer was open and under the same condor, before a return
    /// counts. Without it a layer opened on non-move signals would be sold on the first uptick.</summary>
    /// <value>The default is 0.5.</value>
    public double ArmedAfterMoveSigma { get; init; } = RulesetDefaults.ArmedAfterMoveSigma;
}
