namespace VixShield.Live.Domain.Condors;

/// <summary>One model valuation of a condor and the inputs it was taken at, from which
/// <see cref="CondorMarkToMarket.Ceiling"/> bounds later values without pricing again.</summary>
/// <param name="Years">Time to the settlement instant, ACT/365 years.</param>
/// <param name="Spx">SPX level.</param>
/// <param name="AtmVolatility">The model's at-the-money volatility for the expiry (a fraction).</param>
/// <param name="Value">Cost to close in model numbers (points per condor, not yet rounded to a price).</param>
public readonly record struct CondorPricing(double Years, double Spx, double AtmVolatility, double Value);
