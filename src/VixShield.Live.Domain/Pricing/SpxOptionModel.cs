namespace VixShield.Live.Domain.Pricing;

/// <summary>Model prices and greeks for SPX/SPXW options: <see cref="BlackScholes"/> with the <see cref="SpxVolatilityModel"/> smile.</summary>
/// <remarks>Allocation-free: every method works on doubles and structs, so the engine may call it per quote.</remarks>
public sealed class SpxOptionModel
{
    public SpxOptionModel(PricingOptions options)
    {
        VolatilityModel = new SpxVolatilityModel(options);
    }

    public SpxVolatilityModel VolatilityModel { get; }

    public PricingOptions Options => VolatilityModel.Options;

    /// <summary>Price and greeks in model numbers, with the volatility used.</summary>
    public OptionGreeks Evaluate(OptionRight right, double spot, double strike, double years, in VolatilityTermStructure termStructure, out double volatility)
    {
        volatility = VolatilityModel.Volatility(spot, strike, years, termStructure);
        return BlackScholes.Evaluate(right, spot, strike, years, volatility, Options.RiskFreeRate, Options.DividendYield);
    }

    /// <summary>Model price only, in model numbers.</summary>
    public double Price(OptionRight right, double spot, double strike, double years, in VolatilityTermStructure termStructure) =>
        AtExpiry(spot, years, termStructure).Price(right, strike);

    /// <summary>Prices for several strikes of one expiry at one instant, sharing what the strikes have in common.</summary>
    public SpxExpirySlice AtExpiry(double spot, double years, in VolatilityTermStructure termStructure) =>
        new(Options, spot, years, in termStructure);

    /// <summary>The option's value at the domain boundary (decimal price).</summary>
    public OptionValuation Value(OptionRight right, decimal strike, decimal spot, double years, in VolatilityTermStructure termStructure)
    {
        var greeks = Evaluate(right, PriceConversion.ToModel(spot), PriceConversion.ToModel(strike), years, termStructure, out var volatility);
        return new OptionValuation(PriceConversion.ToPrice(greeks.Price), greeks.Delta, greeks.Gamma, greeks.Vega, greeks.Theta, volatility);
    }
}
