using VixShield.Live.Rules.Rulesets;

namespace VixShield.Live.Rules.Hedging;

/// <summary>How limit prices are set from the model price.</summary>
/// <remarks>Buys pay the model price plus <see cref="LimitOffset"/> rounded up to the tick; sells ask the model price minus
/// the offset rounded down to the tick, but at least one tick. The engine books its own orders at these limits (the worst
/// price it accepts), so premium and P&amp;L are conservative.</remarks>
public sealed record OrderPricingPolicy
{
    /// <summary>Points added to (buys) or taken from (sells) the model price.</summary>
    /// <value>The default is 0.05.</value>
    public decimal LimitOffset { get; init; } = RulesetDefaults.LimitOffset;

    /// <summary>Price increment of the hedge instruments.</summary>
    /// <value>The default is 0.05 (VIX options).</value>
    public decimal TickSize { get; init; } = RulesetDefaults.TickSize;

    public decimal BuyLimit(decimal modelPrice) => decimal.Ceiling((modelPrice + LimitOffset) / TickSize) * TickSize;

    public decimal SellLimit(decimal modelPrice) => Math.Max(decimal.Floor((modelPrice - LimitOffset) / TickSize) * TickSize, TickSize);
}
