using System.Globalization;
using NodaTime;

namespace VixShield.Live.Indicators.Volatility;

/// <summary>Expected daily move (one sigma, index points) from the latest underlying and volatility-index levels.</summary>
/// <remarks>
/// sigma = SPX * (VIX / 100) / sqrt(252). The inputs are levels, not a series: each keeps its own latest value, a
/// print at the same time as the previous one replaces it, and a print from an earlier time throws
/// <see cref="ArgumentException"/>. Levels must be greater than 0. Ready once both have been seen
/// (<see cref="WarmUpPeriod"/> = 2 when the first two updates are one of each).
/// </remarks>
public sealed class ExpectedDailyMove : IIndicator
{
    private LatestLevel underlying;
    private LatestLevel volatilityIndex;

    /// <param name="tradingDaysPerYear">Trading days per year; at least 1.</param>
    public ExpectedDailyMove(int tradingDaysPerYear = ExpectedDailyMoveDefaults.TradingDaysPerYear)
    {
        IndicatorGuard.RequirePeriod(tradingDaysPerYear, 1, nameof(tradingDaysPerYear));
        TradingDaysPerYear = tradingDaysPerYear;
        Name = "SIGMA(" + tradingDaysPerYear.ToString(CultureInfo.InvariantCulture) + ")";
    }

    public string Name { get; }

    public int TradingDaysPerYear { get; }

    public int WarmUpPeriod => 2;

    public long Samples { get; private set; }

    public bool IsReady => underlying.HasValue && volatilityIndex.HasValue;

    /// <summary>The one-sigma daily move in index points, or null until both levels are known.</summary>
    public double? Current => IsReady ? ExpectedDailyMoveKernel.Sigma(underlying.Value, volatilityIndex.Value, TradingDaysPerYear) : null;

    /// <summary>The latest underlying level, or null.</summary>
    public double? Underlying => underlying.HasValue ? underlying.Value : null;

    /// <summary>The latest volatility-index level, or null.</summary>
    public double? VolatilityIndex => volatilityIndex.HasValue ? volatilityIndex.Value : null;

    /// <summary>Sets the underlying level (SPX); returns <see cref="IsReady"/>.</summary>
    public bool UpdateUnderlying(Instant time, double level)
    {
        underlying.Set(time, level, Name, nameof(level));
        Samples++;
        return IsReady;
    }

    /// <summary>Sets the volatility-index level (VIX, in percent); returns <see cref="IsReady"/>.</summary>
    public bool UpdateVolatilityIndex(Instant time, double level)
    {
        volatilityIndex.Set(time, level, Name, nameof(level));
        Samples++;
        return IsReady;
    }

    /// <summary>Signed move of the latest underlying level from <paramref name="referencePrice"/>, in sigmas;
    /// null until ready.</summary>
    public double? MoveInSigmas(double referencePrice)
    {
        IndicatorGuard.RequirePositive(referencePrice, Name, nameof(referencePrice));
        return IsReady
            ? ExpectedDailyMoveKernel.MoveInSigmas(underlying.Value, referencePrice, ExpectedDailyMoveKernel.Sigma(underlying.Value, volatilityIndex.Value, TradingDaysPerYear))
            : null;
    }

    public void Reset()
    {
        underlying.Clear();
        volatilityIndex.Clear();
        Samples = 0;
    }
}
