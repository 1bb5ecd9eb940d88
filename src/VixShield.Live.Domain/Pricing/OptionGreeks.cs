namespace VixShield.Live.Domain.Pricing;

/// <summary>An option's model price and sensitivities, per unit of underlying (multiply by the contract multiplier for dollars).</summary>
/// <param name="Price">Present value of the option.</param>
/// <param name="Delta">d(Price)/d(underlying); for Black-76 the underlying is the futures price.</param>
/// <param name="Gamma">d(Delta)/d(underlying).</param>
/// <param name="Vega">d(Price)/d(volatility) per 1.00 of volatility (divide by 100 for one vol point).</param>
/// <param name="Theta">d(Price)/d(calendar time) per year, i.e. minus the derivative by time to expiry (divide by 365 for one day).</param>
public readonly record struct OptionGreeks(double Price, double Delta, double Gamma, double Vega, double Theta);
