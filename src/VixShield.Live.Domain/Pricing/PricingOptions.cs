using System.Globalization;

namespace VixShield.Live.Domain.Pricing;

/// <summary>Configuration of the option pricing model used when no broker option quotes are available (replay, simulation).</summary>
/// <remarks>Rates and volatilities are fractions (0.04 is 4%). See <see cref="SpxVolatilityModel"/> and
/// <see cref="VixOptionModel"/> for how each value enters the model.</remarks>
public sealed record PricingOptions
{
    public const string SectionName = "Pricing";

    /// <summary>Continuously compounded risk-free rate.</summary>
    /// <value>The default is 0.04.</value>
    public double RiskFreeRate { get; init; } = PricingDefaults.RiskFreeRate;

    /// <summary>Continuous dividend yield of SPX.</summary>
    /// <value>The default is 0.013.</value>
    public double DividendYield { get; init; } = PricingDefaults.DividendYield;

    /// <summary>At-the-money SPX volatility as a fraction of the interpolated VIX-family level.</summary>
    /// <value>The default is 0.90.</value>
    public double AtmVolatilityToIndexRatio { get; init; } = PricingDefaults.AtmVolatilityToIndexRatio;

    /// <summary>Relative volatility change per standard deviation of moneyness below the forward (puts).</summary>
    /// <value>The default is 0.30.</value>
    public double PutWingSlope { get; init; } = PricingDefaults.PutWingSlope;

    /// <summary>Relative volatility change per standard deviation of moneyness above the forward (calls).</summary>
    /// <value>The default is -0.10.</value>
    public double CallWingSlope { get; init; } = PricingDefaults.CallWingSlope;

    /// <summary>Standardised moneyness beyond which the skew is held flat.</summary>
    /// <value>The default is 4.</value>
    public double WingLimitStandardDeviations { get; init; } = PricingDefaults.WingLimitStandardDeviations;

    /// <summary>Floor on any model volatility.</summary>
    /// <value>The default is 0.01.</value>
    public double MinimumVolatility { get; init; } = PricingDefaults.MinimumVolatility;

    /// <summary>Vol-of-vol for VIX options when no VVIX level is available.</summary>
    /// <value>The default is 0.90.</value>
    public double DefaultVolatilityOfVolatility { get; init; } = PricingDefaults.DefaultVolatilityOfVolatility;

    /// <summary>Relative change of VIX option volatility per unit of ln(strike / future).</summary>
    /// <value>The default is 0.50.</value>
    public double VixSkewSlope { get; init; } = PricingDefaults.VixSkewSlope;

    /// <summary>Every invalid setting as a message naming the field, its value and what is allowed; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        Check(errors, nameof(RiskFreeRate), RiskFreeRate, -0.10, 0.50);
        Check(errors, nameof(DividendYield), DividendYield, -0.10, 0.50);
        Check(errors, nameof(AtmVolatilityToIndexRatio), AtmVolatilityToIndexRatio, 0.10, 2.0);
        Check(errors, nameof(PutWingSlope), PutWingSlope, -1.0, 5.0);
        Check(errors, nameof(CallWingSlope), CallWingSlope, -1.0, 5.0);
        Check(errors, nameof(WingLimitStandardDeviations), WingLimitStandardDeviations, 0.5, 20.0);
        Check(errors, nameof(MinimumVolatility), MinimumVolatility, 0.0001, 1.0);
        Check(errors, nameof(DefaultVolatilityOfVolatility), DefaultVolatilityOfVolatility, 0.05, 5.0);
        Check(errors, nameof(VixSkewSlope), VixSkewSlope, -2.0, 5.0);
        return errors;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every invalid setting.</summary>
    public void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors));
        }
    }

    private static void Check(List<string> errors, string name, double value, double minimum, double maximum)
    {
        if (!double.IsFinite(value) || value < minimum || value > maximum)
        {
            errors.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{SectionName}:{name} is {value}; allowed: a number from {minimum} to {maximum}"));
        }
    }
}
