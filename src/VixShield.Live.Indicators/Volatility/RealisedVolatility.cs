using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Indicators.Volatility;

/// <summary>Annualised close-to-close realised volatility over the latest <see cref="Period"/> log returns.</summary>
/// <remarks>Sample standard deviation (n - 1) of ln(p[t] / p[t-1]) times sqrt(<see cref="TradingDaysPerYear"/>),
/// as a fraction (0.15 = 15 vol points, the unit VIX / 100 uses). Needs <see cref="Period"/> + 1 prices.
/// Prices must be greater than 0. Bars feed their close at <see cref="Bar.End"/>.</remarks>
public sealed class RealisedVolatility : IScalarIndicator
{
    private readonly RingWindow returns;
    private double previousPrice;
    private double value;
    private Instant lastTime;

    /// <param name="period">Number of log returns in the window; at least 2.</param>
    /// <param name="tradingDaysPerYear">Periods per year used to annualise; at least 1.</param>
    public RealisedVolatility(int period = RealisedVolatilityDefaults.Period, int tradingDaysPerYear = RealisedVolatilityDefaults.TradingDaysPerYear)
    {
        IndicatorGuard.RequirePeriod(period, 2, nameof(period));
        IndicatorGuard.RequirePeriod(tradingDaysPerYear, 1, nameof(tradingDaysPerYear));
        Period = period;
        TradingDaysPerYear = tradingDaysPerYear;
        returns = new RingWindow(period);
        Name = "RV(" + period.ToString(CultureInfo.InvariantCulture) + ")";
    }

    public string Name { get; }

    public int Period { get; }

    public int TradingDaysPerYear { get; }

    public int WarmUpPeriod => Period + 1;

    public long Samples { get; private set; }

    public bool IsReady => Samples > Period;

    public double? Current => IsReady ? value : null;

    public bool Update(in Bar bar) => Update(bar.End, (double)bar.Close);

    public bool Update(Instant time, double value)
    {
        IndicatorGuard.RequirePositive(value, Name, nameof(value));
        IndicatorGuard.RequireAfter(time, lastTime, Samples, Name);
        lastTime = time;
        if (++Samples > 1)
        {
            returns.Add(RealisedVolatilityKernel.LogReturn(previousPrice, value));
        }

        previousPrice = value;
        if (!returns.IsFull)
        {
            return false;
        }

        var deviation = StandardDeviationKernel.StandardDeviation(returns.Items, returns.Oldest, DeviationBasis.Sample);
        this.value = RealisedVolatilityKernel.Annualise(deviation, TradingDaysPerYear);
        return true;
    }

    public void Reset()
    {
        returns.Clear();
        previousPrice = 0;
        value = 0;
        lastTime = default;
        Samples = 0;
    }
}
