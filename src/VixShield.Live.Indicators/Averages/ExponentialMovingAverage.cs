using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Indicators.Averages;

/// <summary>Exponential moving average over <see cref="Period"/> inputs.</summary>
/// <remarks>
/// Seeding: the first value (at input number <see cref="Period"/>) is the simple mean of the first
/// <see cref="Period"/> inputs; every later value is <c>prev + k * (x - prev)</c> with k = 2 / (period + 1).
/// This is TA-Lib's default (<c>TA_EMA</c>, classic compatibility) and what LEAN, Stock.Indicators and most
/// charting platforms do; Nautilus and MetaStock seed with the first input instead, so their early values differ.
/// Bars feed their close at <see cref="Bar.End"/>.
/// </remarks>
public sealed class ExponentialMovingAverage : IScalarIndicator
{
    private readonly double alpha;
    private double sum;
    private double value;
    private Instant lastTime;

    /// <param name="period">Number of inputs in the seed and in k = 2 / (period + 1); at least 1.</param>
    public ExponentialMovingAverage(int period)
    {
        IndicatorGuard.RequirePeriod(period, 1, nameof(period));
        Period = period;
        alpha = ExponentialMovingAverageKernel.Alpha(period);
        Name = "EMA(" + period.ToString(CultureInfo.InvariantCulture) + ")";
    }

    public string Name { get; }

    public int Period { get; }

    public int WarmUpPeriod => Period;

    public long Samples { get; private set; }

    public bool IsReady => Samples >= Period;

    public double? Current => IsReady ? value : null;

    public bool Update(in Bar bar) => Update(bar.End, (double)bar.Close);

    public bool Update(Instant time, double value)
    {
        IndicatorGuard.RequireFinite(value, Name, nameof(value));
        IndicatorGuard.RequireAfter(time, lastTime, Samples, Name);
        lastTime = time;
        var samples = ++Samples;
        if (samples < Period)
        {
            sum += value;
            return false;
        }

        if (samples == Period)
        {
            sum += value;
            this.value = ExponentialMovingAverageKernel.Seed(sum, Period);
            return true;
        }

        this.value = ExponentialMovingAverageKernel.Step(this.value, value, alpha);
        return true;
    }

    public void Reset()
    {
        sum = 0;
        value = 0;
        lastTime = default;
        Samples = 0;
    }
}
