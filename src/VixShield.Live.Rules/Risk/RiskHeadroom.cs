namespace VixShield.Live.Rules.Risk;

/// <summary>How many more contracts the risk limits allow, and which limit is the tightest.</summary>
/// <param name="MaxContracts">Most contracts that can be bought without breaching any limit (0 when none can).</param>
/// <param name="BindingLimit">The limit that set <paramref name="MaxContracts"/>, or None when no limit is closer than the requested size.</param>
/// <param name="PremiumHeldDollars">Premium already held in open layers.</param>
/// <param name="TotalPremiumCapDollars">Capital x the total-premium percentage.</param>
/// <param name="CondorCapDollars">The condor's max loss x the allowed multiple (0 without a condor).</param>
public readonly record struct RiskHeadroom(
    int MaxContracts,
    RiskLimitKind BindingLimit,
    decimal PremiumHeldDollars,
    decimal TotalPremiumCapDollars,
    decimal CondorCapDollars);
