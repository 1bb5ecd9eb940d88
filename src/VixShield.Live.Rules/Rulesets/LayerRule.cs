using VixShield.Live.Rules.Conditions;
using VixShield.Live.Rules.Hedging;

namespace VixShield.Live.Rules.Rulesets;

/// <summary>One hedge layer of a ruleset: when it opens, what it buys, how big, and what happens at expiry.</summary>
/// <remarks>Sizing: exactly one of <see cref="BudgetPercentOfCapital"/> (contracts = floor(budget dollars x scalar /
/// (limit price x 100)), at least 1 when the unscaled budget buys one) and <see cref="Contracts"/> (floor(contracts x
/// scalar), at least 1 while the scalar is positive) is set; the risk limits then cap it.</remarks>
public sealed record LayerRule
{
    /// <summary>1-based position: layer n opens only while layers 1 to n - 1 are open.</summary>
    public required int Number { get; init; }

    /// <summary>Short id used in orders and events, e.g. <c>L1</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Display name, e.g. <c>temporal theta anchor</c>.</summary>
    public required string Name { get; init; }

    public required SignalCondition Open { get; init; }

    public required HedgeInstrumentRule Instrument { get; init; }

    public decimal? BudgetPercentOfCapital { get; init; }

    public int? Contracts { get; init; }

    public required ExpiryRule Expiry { get; init; }

    public override string ToString() => Id + " " + Name;
}
