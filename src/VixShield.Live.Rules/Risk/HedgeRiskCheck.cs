namespace VixShield.Live.Rules.Risk;

/// <summary>Applies the risk limits to a proposed purchase: at most N layers, total premium held at most a share of
/// capital, and premium held at most a multiple of the condor's max loss.</summary>
/// <remarks>Premium is the cost of the contracts still held (the limit price paid), the same measure the execution
/// safety gate reserves, so a purchase the engine sizes within the limits is never refused by the gate for premium.</remarks>
public static class HedgeRiskCheck
{
    /// <summary>Margins of <see cref="TryProveNoRoom"/>: a part in a billion of the dollar amounts, plus a millionth of a dollar.</summary>
    private const double ProofMarginFraction = 1e-9;

    private const double ProofMarginDollars = 1e-6;

    /// <param name="limits">The ruleset's limits.</param>
    /// <param name="capitalDollars">Account capital.</param>
    /// <param name="condorMaxLossDollars">The open condor's max loss (0 without a condor: nothing may be bought).</param>
    /// <param name="premiumHeldDollars">Premium held in open layers, excluding any being replaced by this purchase.</param>
    /// <param name="openLayers">Layers open now, excluding any being replaced.</param>
    /// <param name="addsLayer">True when the purchase opens a new layer (counts against <see cref="RiskLimits.MaxLayers"/>).</param>
    /// <param name="unitCostDollars">Dollars per contract (limit price x multiplier).</param>
    /// <param name="requestedContracts">The size the budget asks for.</param>
    public static RiskHeadroom Check(
        RiskLimits limits,
        decimal capitalDollars,
        decimal condorMaxLossDollars,
        decimal premiumHeldDollars,
        int openLayers,
        bool addsLayer,
        decimal unitCostDollars,
        int requestedContracts)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(unitCostDollars);
        var totalCap = capitalDollars * limits.MaxTotalPremiumPercentOfCapital / 100m;
        var condorCap = Math.Max(condorMaxLossDollars, 0m) * limits.MaxPremiumToCondorMaxLoss;
        if (addsLayer && openLayers >= limits.MaxLayers)
        {
            return new RiskHeadroom(0, RiskLimitKind.MaxLayers, premiumHeldDollars, totalCap, condorCap);
        }

        var byTotal = Contracts(totalCap - premiumHeldDollars, unitCostDollars);
        var byCondor = Contracts(condorCap - premiumHeldDollars, unitCostDollars);
        var allowed = Math.Min(byTotal, byCondor);
        if (allowed >= requestedContracts)
        {
            return new RiskHeadroom(requestedContracts, RiskLimitKind.None, premiumHeldDollars, totalCap, condorCap);
        }

        var binding = byCondor <= byTotal ? RiskLimitKind.CondorMaxLoss : RiskLimitKind.TotalPremium;
        return new RiskHeadroom(allowed, binding, premiumHeldDollars, totalCap, condorCap);
    }

    /// <summary>Whether adding a layer would find no room for one contract at any cost per contract in
    /// [<paramref name="lowestUnitCostDollars"/>, <paramref name="highestUnitCostDollars"/>], and which limit
    /// <see cref="Check"/> would name; false when the range comes too close to a limit to tell in model numbers.</summary>
    /// <remarks>The same rules as <see cref="Check"/> with a new layer: the layer count first, then no contract fits
    /// where the cost exceeds the room left under the condor cap (named <see cref="RiskLimitKind.CondorMaxLoss"/>, also when
    /// the total cap leaves none either) or under the total cap alone (<see cref="RiskLimitKind.TotalPremium"/>). Each
    /// comparison must hold by a margin of a part in a billion of the dollar amounts plus a millionth of a dollar, far
    /// more than the error of double arithmetic on them, so a true answer is always the answer of <see cref="Check"/>.
    /// A layer held back by a limit is checked every market second; this settles most checks without decimal division.</remarks>
    public static bool TryProveNoRoom(
        RiskLimits limits,
        decimal capitalDollars,
        decimal condorMaxLossDollars,
        decimal premiumHeldDollars,
        int openLayers,
        double lowestUnitCostDollars,
        double highestUnitCostDollars,
        out RiskLimitKind bindingLimit)
    {
        ArgumentNullException.ThrowIfNull(limits);
        bindingLimit = RiskLimitKind.None;
        if (!(lowestUnitCostDollars > 0.0) || !(highestUnitCostDollars >= lowestUnitCostDollars))
        {
            return false;
        }

        if (openLayers >= limits.MaxLayers)
        {
            bindingLimit = RiskLimitKind.MaxLayers;
            return true;
        }

        var capital = (double)capitalDollars;
        var held = (double)premiumHeldDollars;
        var condorCap = (double)Math.Max(condorMaxLossDollars, 0m) * (double)limits.MaxPremiumToCondorMaxLoss;
        var totalCap = capital * (double)limits.MaxTotalPremiumPercentOfCapital / 100.0;
        var margin = (ProofMarginFraction * (Math.Abs(capital) + Math.Abs(condorCap) + Math.Abs(totalCap) + Math.Abs(held))) + ProofMarginDollars;
        var condorRoom = condorCap - held;
        var totalRoom = totalCap - held;
        if (lowestUnitCostDollars > condorRoom + margin)
        {
            bindingLimit = RiskLimitKind.CondorMaxLoss;
            return true;
        }

        if (lowestUnitCostDollars > totalRoom + margin && highestUnitCostDollars < condorRoom - margin)
        {
            bindingLimit = RiskLimitKind.TotalPremium;
            return true;
        }

        return false;
    }

    /// <remarks>Room for less than one contract answers before the division: a layer held back by a limit is checked again
    /// every market second, and a decimal division costs more than the rest of the check.</remarks>
    private static int Contracts(decimal roomDollars, decimal unitCostDollars) =>
        roomDollars < unitCostDollars ? 0 : (int)Math.Min(decimal.Floor(roomDollars / unitCostDollars), int.MaxValue);
}
