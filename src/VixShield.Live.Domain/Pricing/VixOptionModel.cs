using NodaTime;

namespace VixShield.Live.Domain.Pricing;

/// <summary>Model prices for VIX options: <see cref="Black76"/> on the VIX future of the option's expiry.</summary>
/// <remarks>
/// <para>Underlying: the VIX futures level for the expiry, from futures quotes when the feed has them
/// (<see cref="VixFuturesCurve"/>), otherwise implied by the VIX / VIX3M / VIX6M term structure
/// (<see cref="VolatilityTermStructure.VixFuturesLevel"/>).</para>
/// <para>Volatility: VVIX / 100 when VVIX is available, else <see cref="PricingOptions.DefaultVolatilityOfVolatility"/>,
/// times a skew factor 1 + <see cref="PricingOptions.VixSkewSlope"/> x ln(K / F) (floored at half the ATM level and at
/// <see cref="PricingOptions.MinimumVolatility"/>), because out-of-the-money VIX calls trade at higher volatility than
/// at-the-money ones. VVIX is a 30-day measure and is used for every expiry: longer-dated VIX futures move less than
/// the front month, so this overstates far-dated hedge prices, which errs on the side of a conservative hedge cost.</para>
/// <para>Time: VIX options are AM-settled at the special opening quotation on their expiry date; see
/// <c>VixExpiries.SettlementTime</c> for the instant used in the year fraction.</para>
/// </remarks>
public sealed class VixOptionModel
{
    private readonly PricingOptions options;

    public VixOptionModel(PricingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        this.options = options;
    }

    public PricingOptions Options => options;

    /// <summary>ATM vol-of-vol (a fraction): VVIX / 100 when present, else the configured default.</summary>
    public double VolatilityOfVolatility(in VolatilityIndexLevels levels) =>
        levels.Vvix is { } vvix && vvix > 0m ? (double)vvix / 100.0 : options.DefaultVolatilityOfVolatility;

    /// <summary>Volatility (a fraction) for a VIX option struck at <paramref name="strike"/> on a future at <paramref name="futuresLevel"/>.</summary>
    public double Volatility(double futuresLevel, double strike, double volatilityOfVolatility)
    {
        var factor = Math.Max(1.0 + (options.VixSkewSlope * Math.Log(strike / futuresLevel)), 0.5);
        return Math.Max(volatilityOfVolatility * factor, options.MinimumVolatility);
    }

    /// <summary>The VIX futures level for <paramref name="expiry"/>: the quoted curve when it covers the expiry, else the term structure's.</summary>
    public static decimal FuturesLevel(LocalDate expiry, double yearsToExpiry, in VolatilityTermStructure termStructure, VixFuturesCurve? curve) =>
        curve is not null && curve.TryGetLevel(expiry, out var quoted)
            ? quoted
            : PriceConversion.ToPrice(termStructure.VixFuturesLevel(yearsToExpiry));

    /// <summary>Price and greeks in model numbers (delta with respect to the futures level).</summary>
    public OptionGreeks Evaluate(OptionRight right, double futuresLevel, double strike, double years, in VolatilityIndexLevels levels, out double volatility)
    {
        volatility = Volatility(futuresLevel, strike, VolatilityOfVolatility(levels));
        return Black76.Evaluate(right, futuresLevel, strike, years, volatility, options.RiskFreeRate);
    }

    /// <summary>Delta alone (with respect to the futures level): <see cref="Evaluate"/>'s delta for a fraction of its cost.</summary>
    public double Delta(OptionRight right, double futuresLevel, double strike, double years, in VolatilityIndexLevels levels) =>
        Delta(right, futuresLevel, strike, years, VolatilityOfVolatility(levels));

    /// <summary>Delta alone with the vol-of-vol already read from the levels, for a search over many strikes.</summary>
    public double Delta(OptionRight right, double futuresLevel, double strike, double years, double volatilityOfVolatility) =>
        Black76.Delta(right, futuresLevel, strike, years, Volatility(futuresLevel, strike, volatilityOfVolatility), options.RiskFreeRate);

    /// <summary>The option's value at the domain boundary (decimal price).</summary>
    public OptionValuation Value(OptionRight right, decimal strike, decimal futuresLevel, double years, in VolatilityIndexLevels levels)
    {
        var greeks = Evaluate(right, PriceConversion.ToModel(futuresLevel), PriceConversion.ToModel(strike), years, levels, out var volatility);
        return new OptionValuation(PriceConversion.ToPrice(greeks.Price), greeks.Delta, greeks.Gamma, greeks.Vega, greeks.Theta, volatility);
    }
}
