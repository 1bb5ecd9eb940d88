using VixShield.Live.Rules.Blackouts;
using VixShield.Live.Rules.Hedging;
using VixShield.Live.Rules.Risk;
using VixShield.Live.Rules.Scalar;

namespace VixShield.Live.Rules.Rulesets;

/// <summary>A complete, validated and compiled ALVH configuration (a preset), as loaded by <see cref="RulesetLoader"/>.</summary>
public sealed record Ruleset
{
    /// <summary>The name it is selected by: the file name without <c>.json</c>, e.g. <c>signal-layers</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Where it was read from, for messages.</summary>
    public required string Source { get; init; }

    public string Description { get; init; } = string.Empty;

    /// <summary>Layers in opening order.</summary>
    public required IReadOnlyList<LayerRule> Layers { get; init; }

    public required StressScalarSettings Scalar { get; init; }

    public required BlackoutPolicy Blackout { get; init; }

    public required RiskLimits RiskLimits { get; init; }

    public required MonetizationPolicy Monetization { get; init; }

    public required OrderPricingPolicy Orders { get; init; }

    public required ResizePolicy Resize { get; init; }
}
