namespace VixShield.Live.Domain.Pricing;

/// <summary>One option's model value at the domain boundary: the price as money, sensitivities as model numbers.</summary>
/// <param name="Price">Model price per unit of underlying, rounded to <see cref="PriceConversion.ModelPriceDecimals"/> places.</param>
/// <param name="Delta">See <see cref="OptionGreeks.Delta"/>.</param>
/// <param name="Gamma">See <see cref="OptionGreeks.Gamma"/>.</param>
/// <param name="Vega">See <see cref="OptionGreeks.Vega"/> (per 1.00 of volatility).</param>
/// <param name="Theta">See <see cref="OptionGreeks.Theta"/> (per year).</param>
/// <param name="Volatility">The volatility the model used for this strike and expiry, as a fraction.</param>
public readonly record struct OptionValuation(decimal Price, double Delta, double Gamma, double Vega, double Theta, double Volatility);
