namespace VixShield.Live.Domain.Pricing;

/// <summary>Implied volatility for any SPX strike and expiry, from the VIX-family indexes and a two-slope skew.</summary>
/// <remarks>
/// <para>The model, in three steps:</para>
/// <list type="number">
/// <item>ATM volatility for T years: sigma_atm = <see cref="PricingOptions.AtmVolatilityToIndexRatio"/> x
/// sqrt(w(T) / T), where w is the total-variance curve of <see cref="VolatilityTermStructure"/> (VIX9D for horizons up
/// to 9 days when present, else VIX, interpolated linearly in variance-time towards VIX3M and VIX6M).</item>
/// <item>Standardised moneyness z = ln(K / F) / (sigma_atm sqrt(T)), with forward F = S exp((r - q) T), clamped to
/// +/- <see cref="PricingOptions.WingLimitStandardDeviations"/>. Measuring moneyness in standard deviations keeps one
/// pair of slopes meaningful for a one-day and a one-month option alike.</item>
/// <item>sigma(K) = sigma_atm x (1 + PutWingSlope x |z|) below the forward and sigma_atm x (1 + CallWingSlope x z)
/// above it, floored at <see cref="PricingOptions.MinimumVolatility"/>. With the defaults (0.30, -0.10) the put wing
/// is richer than the call wing, the shape of the SPX smile.</item>
/// </list>
/// <para>This is a replay and simulation model, not a fitted surface: live trading uses the broker's quotes.</para>
/// </remarks>
public sealed class SpxVolatilityModel
{
    private readonly PricingOptions options;

    public SpxVolatilityModel(PricingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        this.options = options;
    }

    public PricingOptions Options => options;

    /// <summary>At-the-money volatility (a fraction) for an expiry <paramref name="years"/> away.</summary>
    public double AtmVolatility(double years, in VolatilityTermStructure termStructure) =>
        Math.Max(options.AtmVolatilityToIndexRatio * termStructure.ImpliedVolatility(years), options.MinimumVolatility);

    /// <summary>The forward of SPX for an expiry <paramref name="years"/> away.</summary>
    public double Forward(double spot, double years) =>
        spot * Math.Exp((options.RiskFreeRate - options.DividendYield) * Math.Max(years, 0.0));

    /// <summary>Volatility (a fraction) for <paramref name="strike"/> expiring in <paramref name="years"/>, SPX at <paramref name="spot"/>.</summary>
    public double Volatility(double spot, double strike, double years, in VolatilityTermStructure termStructure)
    {
        var atm = AtmVolatility(years, termStructure);
        var deviation = atm * Math.Sqrt(Math.Max(years, 0.0));
        if (deviation <= 0.0)
        {
            return atm;
        }

        var limit = options.WingLimitStandardDeviations;
        var moneyness = Math.Clamp(Math.Log(strike / Forward(spot, years)) / deviation, -limit, limit);
        var factor = moneyness < 0.0
            ? 1.0 - (options.PutWingSlope * moneyness)
            : 1.0 + (options.CallWingSlope * moneyness);
        return Math.Max(atm * factor, options.MinimumVolatility);
    }
}
