using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Domain.Condors;

/// <summary>One leg of a proposed condor with the values it was chosen on.</summary>
/// <param name="Right">Put or call.</param>
/// <param name="Strike">Strike in index points.</param>
/// <param name="IsShort">True for the sold legs.</param>
/// <param name="Price">Mid price per unit (model price when no broker quote), in index points.</param>
/// <param name="Delta">The option's delta (negative for puts), not signed by the position.</param>
/// <param name="Volatility">The volatility behind <paramref name="Price"/>, as a fraction.</param>
public readonly record struct CondorLeg(OptionRight Right, decimal Strike, bool IsShort, decimal Price, double Delta, double Volatility);
