using System.Globalization;

namespace VixShield.Live.Domain.Pricing;

/// <summary>SPX implied volatility by horizon, built from the CBOE volatility indexes; also the VIX futures level it implies.</summary>
/// <remarks>
/// <para>Each index is read as the implied volatility for its own horizon in calendar days (ACT/365, as the VIX
/// methodology does): VIX9D at 9 days, VIX at 30, VIX3M at 93 and VIX6M at 183; absent indexes are skipped. The
/// pillars become total implied variance w(t) = sigma(t)^2 x t, which is interpolated linearly in t (flat forward
/// variance between pillars) from w(0) = 0, and extrapolated past the last pillar with the last segment's forward
/// variance. So the volatility for any horizon up to the first pillar equals that pillar's index: with VIX9D present, a
/// one-day option gets VIX9D; without it, VIX. Should the inputs imply a negative forward variance between two pillars
/// (a term structure inverted beyond what no-arbitrage allows), the forward variance is floored at
/// <see cref="MinimumForwardVariance"/> so w stays increasing.</para>
/// <para>The VIX future expiring in T years settles to the 30-day volatility seen from T, so its level is the square
/// root of the forward variance over [T, T + 30 days], in index points. This ignores the convexity adjustment (a
/// future on volatility trades slightly below the square root of the forward variance), which is small next to the
/// other approximations; when futures quotes exist, <see cref="VixFuturesCurve"/> is preferred.</para>
/// The struct holds its pillars in fields, so building one per quote allocates nothing.
/// </remarks>
public readonly struct VolatilityTermStructure
{
    /// <summary>Floor on the forward variance between pillars (1% volatility squared).</summary>
    public const double MinimumForwardVariance = 1e-4;

    /// <summary>The horizon the VIX measures, in years (30 calendar days).</summary>
    public const double VixHorizonYears = 30.0 / 365.0;

    private const double DaysPerYear = 365.0;

    private readonly double time0;
    private readonly double time1;
    private readonly double time2;
    private readonly double time3;
    private readonly double variance0;
    private readonly double variance1;
    private readonly double variance2;
    private readonly double variance3;
    private readonly int count;

    public VolatilityTermStructure(in VolatilityIndexLevels levels)
    {
        if (levels.Vix <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(levels), levels.Vix, "VIX must be a positive number of index points.");
        }

        Levels = levels;
        Span<double> times = stackalloc double[4];
        Span<double> variances = stackalloc double[4];
        var added = 0;
        Add(levels.Vix9d, 9.0, "VIX9D", times, variances, ref added);
        Add(levels.Vix, 30.0, "VIX", times, variances, ref added);
        Add(levels.Vix3m, 93.0, "VIX3M", times, variances, ref added);
        Add(levels.Vix6m, 183.0, "VIX6M", times, variances, ref added);
        count = added;
        time0 = times[0];
        time1 = times[1];
        time2 = times[2];
        time3 = times[3];
        variance0 = variances[0];
        variance1 = variances[1];
        variance2 = variances[2];
        variance3 = variances[3];
    }

    public VolatilityIndexLevels Levels { get; }

    /// <summary>Total implied variance sigma^2 x t to a horizon of <paramref name="years"/>.</summary>
    public double TotalVariance(double years)
    {
        ThrowIfDefault();
        if (years <= 0.0)
        {
            return 0.0;
        }

        var previousTime = 0.0;
        var previousVariance = 0.0;
        for (var i = 0; i < count; i++)
        {
            var (time, variance) = Pillar(i);
            if (years <= time)
            {
                return previousVariance + ((variance - previousVariance) * (years - previousTime) / (time - previousTime));
            }

            if (i < count - 1)
            {
                previousTime = time;
                previousVariance = variance;
            }
        }

        var (lastTime, lastVariance) = Pillar(count - 1);
        var slope = (lastVariance - previousVariance) / (lastTime - previousTime);
        return lastVariance + (slope * (years - lastTime));
    }

    /// <summary>Implied volatility (a fraction: 0.16 for 16%) for an option expiring in <paramref name="years"/>.</summary>
    /// <remarks>At or below zero years this is the first pillar's volatility, the limit of the formula.</remarks>
    public double ImpliedVolatility(double years)
    {
        ThrowIfDefault();
        if (years <= 0.0)
        {
            var (time, variance) = Pillar(0);
            return Math.Sqrt(variance / time);
        }

        return Math.Sqrt(TotalVariance(years) / years);
    }

    /// <summary>Forward volatility between two horizons, as a fraction.</summary>
    public double ForwardVolatility(double fromYears, double toYears)
    {
        if (!(toYears > fromYears))
        {
            throw new ArgumentOutOfRangeException(nameof(toYears), toYears, string.Create(
                CultureInfo.InvariantCulture,
                $"The end of the forward period must be after its start ({fromYears} years)."));
        }

        return Math.Sqrt((TotalVariance(toYears) - TotalVariance(Math.Max(fromYears, 0.0))) / (toYears - Math.Max(fromYears, 0.0)));
    }

    /// <summary>The VIX futures level (index points) for a future expiring in <paramref name="yearsToExpiry"/>.</summary>
    public double VixFuturesLevel(double yearsToExpiry)
    {
        var start = Math.Max(yearsToExpiry, 0.0);
        return 100.0 * ForwardVolatility(start, start + VixHorizonYears);
    }

    private void ThrowIfDefault()
    {
        if (count == 0)
        {
            throw new InvalidOperationException("This term structure was default-initialised; build it from VolatilityIndexLevels.");
        }
    }

    private (double Time, double Variance) Pillar(int index) => index switch
    {
        0 => (time0, variance0),
        1 => (time1, variance1),
        2 => (time2, variance2),
        _ => (time3, variance3),
    };

    /// <remarks>The level is checked after its conversion to a model number (the sign survives it exactly): a decimal
    /// comparison costs as much as the conversion, and a term structure is built on every VIX quote.</remarks>
    private static void Add(in decimal? level, double days, string name, Span<double> times, Span<double> variances, ref int added)
    {
        if (!level.HasValue)
        {
            return;
        }

        var volatility = PriceConversion.ToModel(level.GetValueOrDefault()) / 100.0;
        if (!(volatility > 0.0))
        {
            throw new ArgumentOutOfRangeException(name, level.GetValueOrDefault(), name + " must be a positive number of index points when present.");
        }

        var previousTime = added == 0 ? 0.0 : times[added - 1];
        var previousVariance = added == 0 ? 0.0 : variances[added - 1];
        var time = days / DaysPerYear;
        times[added] = time;
        variances[added] = Math.Max(volatility * volatility * time, previousVariance + (MinimumForwardVariance * (time - previousTime)));
        added++;
    }
}
