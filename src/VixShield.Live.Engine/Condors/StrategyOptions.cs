using VixShield.Live.Domain.Condors;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Indicators.Signals;
using VixShield.Live.Rules.ShadowStops;

namespace VixShield.Live.Engine.Condors;

/// <summary>The settings of the position being protected and of its baselines, bundled for the decision loop.</summary>
public sealed record StrategyOptions
{
    public PricingOptions Pricing { get; init; } = new();

    public CondorSelectionOptions Condor { get; init; } = new();

    public ShadowStopOptions ShadowStops { get; init; } = new();

    public MarketSignalsOptions Signals { get; init; } = new();
}
