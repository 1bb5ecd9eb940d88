namespace VixShield.Live.Domain.Pricing;

/// <summary>Black-Scholes-Merton for European options on an index paying a continuous dividend yield (SPX, SPXW).</summary>
/// <remarks>
/// Continuous compounding throughout: forward = spot x exp((rate - dividendYield) x years). SPX options are European and
/// cash-settled, so early exercise never enters. At or after expiry (years &lt;= 0), or with zero volatility, the price
/// is the discounted intrinsic value against the forward, delta is the discounted step function and the other
/// sensitivities are zero, so a mark taken after the settlement instant equals the settlement arithmetic.
/// Inputs are validated on every call: spot and strike must be positive and finite, volatility finite and not negative.
/// </remarks>
public static class BlackScholes
{
    public static double Price(OptionRight right, double spot, double strike, double years, double volatility, double rate, double dividendYield) =>
        Evaluate(right, spot, strike, years, volatility, rate, dividendYield).Price;

    /// <summary>Delta alone: <see cref="Evaluate"/>'s delta bit for bit, with one normal probability and no density (a
    /// strike search evaluates it many times).</summary>
    public static double Delta(OptionRight right, double spot, double strike, double years, double volatility, double rate, double dividendYield)
    {
        Validate(spot, strike, years, volatility, rate, dividendYield);
        var carryDiscount = Math.Exp(-dividendYield * Math.Max(years, 0.0));
        var sign = right == OptionRight.Call ? 1.0 : -1.0;
        if (years <= 0.0 || volatility <= 0.0)
        {
            var discount = Math.Exp(-rate * Math.Max(years, 0.0));
            return sign * ((spot * carryDiscount) - (strike * discount)) > 0.0 ? sign * carryDiscount : 0.0;
        }

        var deviation = volatility * Math.Sqrt(years);
        var d1 = (Math.Log(spot / strike) + ((rate - dividendYield + (0.5 * volatility * volatility)) * years)) / deviation;
        return sign * carryDiscount * StandardNormal.CumulativeDistribution(sign * d1);
    }

    public static double Gamma(double spot, double strike, double years, double volatility, double rate, double dividendYield) =>
        Evaluate(OptionRight.Call, spot, strike, years, volatility, rate, dividendYield).Gamma;

    public static double Vega(double spot, double strike, double years, double volatility, double rate, double dividendYield) =>
        Evaluate(OptionRight.Call, spot, strike, years, volatility, rate, dividendYield).Vega;

    public static double Theta(OptionRight right, double spot, double strike, double years, double volatility, double rate, double dividendYield) =>
        Evaluate(right, spot, strike, years, volatility, rate, dividendYield).Theta;

    /// <summary>Price and all sensitivities in one pass (one exp/log/normal evaluation each).</summary>
    public static OptionGreeks Evaluate(OptionRight right, double spot, double strike, double years, double volatility, double rate, double dividendYield)
    {
        Validate(spot, strike, years, volatility, rate, dividendYield);
        var carryDiscount = Math.Exp(-dividendYield * Math.Max(years, 0.0));
        var discount = Math.Exp(-rate * Math.Max(years, 0.0));
        var sign = right == OptionRight.Call ? 1.0 : -1.0;
        if (years <= 0.0 || volatility <= 0.0)
        {
            var forwardValue = (spot * carryDiscount) - (strike * discount);
            var inTheMoney = sign * forwardValue > 0.0;
            return new OptionGreeks(
                Price: inTheMoney ? sign * forwardValue : 0.0,
                Delta: inTheMoney ? sign * carryDiscount : 0.0,
                Gamma: 0.0,
                Vega: 0.0,
                Theta: 0.0);
        }

        var root = Math.Sqrt(years);
        var deviation = volatility * root;
        var d1 = (Math.Log(spot / strike) + ((rate - dividendYield + (0.5 * volatility * volatility)) * years)) / deviation;
        var d2 = d1 - deviation;
        var density = StandardNormal.Density(d1);
        var probability1 = StandardNormal.CumulativeDistribution(sign * d1);
        var probability2 = StandardNormal.CumulativeDistribution(sign * d2);
        var discountedSpot = spot * carryDiscount;
        var discountedStrike = strike * discount;
        var price = sign * ((discountedSpot * probability1) - (discountedStrike * probability2));
        var theta = (-discountedSpot * density * volatility / (2.0 * root))
            + (sign * dividendYield * discountedSpot * probability1)
            - (sign * rate * discountedStrike * probability2);
        return new OptionGreeks(
            Price: Math.Max(price, 0.0),
            Delta: sign * carryDiscount * probability1,
            Gamma: carryDiscount * density / (spot * deviation),
            Vega: discountedSpot * density * root,
            Theta: theta);
    }

    private static void Validate(double spot, double strike, double years, double volatility, double rate, double dividendYield)
    {
        ValidateSpot(spot);
        ValidateStrike(strike);
        ValidateYears(years);
        if (!double.IsFinite(volatility) || volatility < 0.0)
        {
            throw new ArgumentOutOfRangeException(nameof(volatility), volatility, "The volatility must be a finite number, zero or more.");
        }

        ValidateRates(rate, dividendYield);
    }

    internal static void ValidateSpot(double spot)
    {
        if (!double.IsFinite(spot) || spot <= 0.0)
        {
            throw new ArgumentOutOfRangeException(nameof(spot), spot, "The underlying price must be a positive finite number.");
        }
    }

    internal static void ValidateStrike(double strike)
    {
        if (!double.IsFinite(strike) || strike <= 0.0)
        {
            throw new ArgumentOutOfRangeException(nameof(strike), strike, "The strike must be a positive finite number.");
        }
    }

    internal static void ValidateYears(double years)
    {
        if (double.IsNaN(years) || double.IsInfinity(years))
        {
            throw new ArgumentOutOfRangeException(nameof(years), years, "The time to expiry must be a finite number of years.");
        }
    }

    private static void ValidateRates(double rate, double dividendYield)
    {
        if (!double.IsFinite(rate))
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "The rate must be a finite number.");
        }

        if (!double.IsFinite(dividendYield))
        {
            throw new ArgumentOutOfRangeException(nameof(dividendYield), dividendYield, "The dividend yield must be a finite number.");
        }
    }
}
