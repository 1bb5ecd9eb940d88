using System.Globalization;

namespace VixShield.Live.Domain.Pricing;

/// <summary>Recovers the volatility that makes Black-Scholes (or Black-76) reproduce a given option price.</summary>
/// <remarks>
/// Safeguarded Newton: the price is strictly increasing in volatility, so every evaluation also tightens a bracket
/// [low, high]; a Newton step that leaves the bracket, or a vega too small to trust, is replaced by bisection. The start
/// is the Manaster-Koehler point sqrt(2|ln(F/K)|/T) (where vega peaks), floored at 10%. The bracket starts at
/// [0, 100%] and doubles up to <see cref="MaximumVolatility"/> when the price needs more. Convergence: the model price
/// is within <see cref="PriceTolerance"/> of the target, or the bracket is narrower than 1e-12 in volatility.
/// Prices outside the no-arbitrage bounds fail with a reason instead of returning a meaningless number.
/// </remarks>
public static class ImpliedVolatility
{
    /// <summary>The largest volatility searched (10000%).</summary>
    public const double MaximumVolatility = 100.0;

    /// <summary>Absolute price tolerance of a solution.</summary>
    public const double PriceTolerance = 1e-10;

    private const int MaximumIterations = 200;

    /// <summary>Implied volatility under Black-Scholes with a continuous dividend yield; never throws.</summary>
    public static bool TrySolveBlackScholes(
        OptionRight right,
        double price,
        double spot,
        double strike,
        double years,
        double rate,
        double dividendYield,
        out double volatility,
        out ImpliedVolatilityFailure failure) =>
        TrySolve(right, price, spot, strike, years, rate, dividendYield, out volatility, out failure);

    /// <summary>Implied volatility under Black-76 (options on a futures price); never throws.</summary>
    public static bool TrySolveBlack76(
        OptionRight right,
        double price,
        double forward,
        double strike,
        double years,
        double rate,
        out double volatility,
        out ImpliedVolatilityFailure failure) =>
        TrySolve(right, price, forward, strike, years, rate, rate, out volatility, out failure);

    /// <summary>Implied volatility under Black-Scholes; throws <see cref="ArgumentException"/> naming the inputs and the reason when there is none.</summary>
    public static double SolveBlackScholes(OptionRight right, double price, double spot, double strike, double years, double rate, double dividendYield)
    {
        if (TrySolve(right, price, spot, strike, years, rate, dividendYield, out var volatility, out var failure))
        {
            return volatility;
        }

        throw new ArgumentException(Describe(failure, right, price, spot, strike, years, rate, dividendYield), nameof(price));
    }

    /// <summary>Implied volatility under Black-76; throws <see cref="ArgumentException"/> naming the inputs and the reason when there is none.</summary>
    public static double SolveBlack76(OptionRight right, double price, double forward, double strike, double years, double rate)
    {
        if (TrySolve(right, price, forward, strike, years, rate, rate, out var volatility, out var failure))
        {
            return volatility;
        }

        throw new ArgumentException(Describe(failure, right, price, forward, strike, years, rate, rate), nameof(price));
    }

    /// <summary>A sentence explaining a failure for the given inputs, for error messages and alerts.</summary>
    public static string Describe(
        ImpliedVolatilityFailure failure,
        OptionRight right,
        double price,
        double spot,
        double strike,
        double years,
        double rate,
        double dividendYield)
    {
        var inputs = string.Create(
            CultureInfo.InvariantCulture,
            $"{right} price {price} (underlying {spot}, strike {strike}, years {years}, rate {rate}, dividend yield {dividendYield})");
        var (lower, upper) = Bounds(right, spot, strike, Math.Max(years, 0.0), rate, dividendYield);
        return failure switch
        {
            ImpliedVolatilityFailure.None => inputs + " has an implied volatility",
            ImpliedVolatilityFailure.InvalidInput => inputs + ": price, underlying and strike must be positive finite numbers and years must be positive",
            ImpliedVolatilityFailure.AtOrBelowIntrinsic => string.Create(
                CultureInfo.InvariantCulture,
                $"{inputs} is at or below the discounted intrinsic value {lower}: no positive volatility reproduces it"),
            ImpliedVolatilityFailure.AtOrAboveUpperBound => string.Create(
                CultureInfo.InvariantCulture,
                $"{inputs} is at or above the no-arbitrage upper bound {upper}: no finite volatility reproduces it"),
            _ => string.Create(
                CultureInfo.InvariantCulture,
                $"{inputs}: the solver did not converge within {MaximumIterations} iterations and volatility {MaximumVolatility}"),
        };
    }

    private static bool TrySolve(
        OptionRight right,
        double price,
        double spot,
        double strike,
        double years,
        double rate,
        double dividendYield,
        out double volatility,
        out ImpliedVolatilityFailure failure)
    {
        volatility = double.NaN;
        if (!IsPositiveFinite(price) || !IsPositiveFinite(spot) || !IsPositiveFinite(strike) || !IsPositiveFinite(years)
            || !double.IsFinite(rate) || !double.IsFinite(dividendYield))
        {
            failure = ImpliedVolatilityFailure.InvalidInput;
            return false;
        }

        var (lower, upper) = Bounds(right, spot, strike, years, rate, dividendYield);
        if (price <= lower + PriceTolerance)
        {
            failure = ImpliedVolatilityFailure.AtOrBelowIntrinsic;
            return false;
        }

        if (price >= upper - PriceTolerance)
        {
            failure = ImpliedVolatilityFailure.AtOrAboveUpperBound;
            return false;
        }

        var low = 0.0;
        var high = 1.0;
        while (BlackScholes.Price(right, spot, strike, years, high, rate, dividendYield) < price)
        {
            low = high;
            high *= 2.0;
            if (high > MaximumVolatility)
            {
                failure = ImpliedVolatilityFailure.NoConvergence;
                return false;
            }
        }

        var forward = spot * Math.Exp((rate - dividendYield) * years);
        var guess = Math.Max(Math.Sqrt(2.0 * Math.Abs(Math.Log(forward / strike)) / years), 0.1);
        if (guess <= low || guess >= high)
        {
            guess = 0.5 * (low + high);
        }

        for (var iteration = 0; iteration < MaximumIterations; iteration++)
        {
            var greeks = BlackScholes.Evaluate(right, spot, strike, years, guess, rate, dividendYield);
            var error = greeks.Price - price;
            if (Math.Abs(error) <= PriceTolerance)
            {
                volatility = guess;
                failure = ImpliedVolatilityFailure.None;
                return true;
            }

            if (error > 0.0)
            {
                high = guess;
            }
            else
            {
                low = guess;
            }

            if (high - low < 1e-12)
            {
                volatility = 0.5 * (low + high);
                failure = ImpliedVolatilityFailure.None;
                return true;
            }

            var next = greeks.Vega > 1e-14 ? guess - (error / greeks.Vega) : double.NaN;
            guess = next > low && next < high ? next : 0.5 * (low + high);
        }

        failure = ImpliedVolatilityFailure.NoConvergence;
        return false;
    }

    private static (double Lower, double Upper) Bounds(OptionRight right, double spot, double strike, double years, double rate, double dividendYield)
    {
        var discountedSpot = spot * Math.Exp(-dividendYield * years);
        var discountedStrike = strike * Math.Exp(-rate * years);
        return right == OptionRight.Call
            ? (Math.Max(discountedSpot - discountedStrike, 0.0), discountedSpot)
            : (Math.Max(discountedStrike - discountedSpot, 0.0), discountedStrike);
    }

    private static bool IsPositiveFinite(double value) => double.IsFinite(value) && value > 0.0;
}
