namespace VixShield.Live.Rules.Risk;

/// <summary>Applies the risk limits to a proposed purchase: at most N layers, total premium held at most a share of
/// capital, and premium held at most a multiple of the condor's max loss.</summary>
/// <remarks>Premium is the cost of the contracts still held (the limit price paid), the same measure the execution
/// safety gate reserves, so a purchase the engine sizes within the limits is never refused by the gate for premium.</remarks>
public static class HedgeRiskCheck
{
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

    /// <remarks>Room for less than one contract answers before the division: a layer held back by a limit is checked again
    /// every market second, and a decimal division costs more than the rest of the check.</remarks>
    private static int Contracts(decimal roomDollars, decimal unitCostDollars) =>
        roomDollars < unitCostDollars ? 0 : (int)Math.Min(decimal.Floor(roomDollars / unitCostDollars), int.MaxValue);
}
