namespace VixShield.Live.Domain.Pricing;

/// <summary><see cref="SpxOptionModel"/> prices for the strikes of one expiry at one instant: what every strike shares (the
/// ATM volatility, the forward, the discount factors) is computed once when the slice is taken.</summary>
/// <remarks>
/// <para>A condor is marked on every SPX and VIX quote, four strikes of one expiry each time, so this is the model's hot
/// path. The model is the same as <see cref="SpxVolatilityModel.Volatility"/> followed by <see cref="BlackScholes.Evaluate"/>;
/// the arithmetic is arranged to need one exponential per strike instead of six:</para>
/// <list type="bullet">
/// <item>ln(K / F) = ln K - ln F, with ln K kept by <see cref="SpxStrike"/> and ln F taken once per slice; it gives both the
/// smile's moneyness and d1 = (-ln(K / F) + sigma^2 T / 2) / (sigma sqrt T).</item>
/// <item>exp(-d2^2 / 2) = exp(-d1^2 / 2) x F / K (an identity of Black-Scholes), so each strike takes one exponential for
/// its two normal probabilities.</item>
/// <item>S exp(-q T) = F exp(-r T), so the discounted spot costs no exponential of its own.</item>
/// </list>
/// <para>Prices agree with <see cref="SpxOptionModel.Evaluate"/> to within a few 1e-12 of a point (the tests hold them to
/// 1e-9), far below the 1e-4 a mark is rounded to.</para>
/// </remarks>
public readonly struct SpxExpirySlice
{
    /// <summary>Below this exp(-d1^2 / 2) is subnormal or zero and the product would lose exp(-d2^2 / 2); it is then taken directly.</summary>
    private const double SmallestProductGaussian = 1e-300;

    private readonly PricingOptions options;
    private readonly double years;
    private readonly double halfYears;
    private readonly double root;
    private readonly double atmVolatility;
    private readonly double atmDeviation;
    private readonly double forward;
    private readonly double logForward;
    private readonly double discount;
    private readonly double discountedSpot;

    internal SpxExpirySlice(PricingOptions options, double spot, double years, in VolatilityTermStructure termStructure)
    {
        BlackScholes.ValidateSpot(spot);
        BlackScholes.ValidateYears(years);
        this.options = options;
        this.years = years;
        var elapsed = Math.Max(years, 0.0);
        halfYears = 0.5 * elapsed;
        root = Math.Sqrt(elapsed);
        atmVolatility = Math.Max(options.AtmVolatilityToIndexRatio * termStructure.ImpliedVolatility(years), options.MinimumVolatility);
        atmDeviation = atmVolatility * root;
        var drift = (options.RiskFreeRate - options.DividendYield) * elapsed;
        forward = spot * Math.Exp(drift);
        logForward = Math.Log(spot) + drift;
        discount = Math.Exp(-options.RiskFreeRate * elapsed);
        discountedSpot = forward * discount;
    }

    /// <summary>The at-the-money volatility of this expiry (a fraction), as <see cref="SpxVolatilityModel.AtmVolatility"/>.</summary>
    public double AtmVolatility => atmVolatility;

    /// <summary>Model price of the option struck at <paramref name="strike"/>, in model numbers.</summary>
    public double Price(OptionRight right, double strike) => Price(right, new SpxStrike(strike));

    /// <summary>Model price of the option struck at <paramref name="strike"/>, in model numbers.</summary>
    public double Price(OptionRight right, in SpxStrike strike)
    {
        var logMoneyness = strike.Log - logForward;
        var volatility = Volatility(logMoneyness);
        var sign = right == OptionRight.Call ? 1.0 : -1.0;
        var discountedStrike = strike.Value * discount;
        if (years <= 0.0)
        {
            var forwardValue = discountedSpot - discountedStrike;
            return sign * forwardValue > 0.0 ? sign * forwardValue : 0.0;
        }

        var deviation = volatility * root;
        var d1 = ((volatility * volatility * halfYears) - logMoneyness) / deviation;
        var d2 = d1 - deviation;
        var gaussian1 = Math.Exp(-0.5 * d1 * d1);
        var gaussian2 = gaussian1 >= SmallestProductGaussian ? gaussian1 * (forward / strike.Value) : Math.Exp(-0.5 * d2 * d2);
        var probability1 = StandardNormal.CumulativeDistribution(sign * d1, gaussian1);
        var probability2 = StandardNormal.CumulativeDistribution(sign * d2, gaussian2);
        return Math.Max(sign * ((discountedSpot * probability1) - (discountedStrike * probability2)), 0.0);
    }

    private double Volatility(double logMoneyness)
    {
        if (atmDeviation <= 0.0)
        {
            return atmVolatility;
        }

        var limit = options.WingLimitStandardDeviations;
        var moneyness = Math.Clamp(logMoneyness / atmDeviation, -limit, limit);
        var factor = moneyness < 0.0
            ? 1.0 - (options.PutWingSlope * moneyness)
            : 1.0 + (options.CallWingSlope * moneyness);
        return Math.Max(atmVolatility * factor, options.MinimumVolatility);
    }
}
