using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Indicators.Averages;

/// <summary>Simple moving average of the latest <see cref="Period"/> inputs.</summary>
/// <remarks>Ready at input number <see cref="Period"/>. Bars feed their close at <see cref="Bar.End"/>.</remarks>
public sealed class SimpleMovingAverage : IScalarIndicator
{
    private readonly RingWindow window;
    private double value;
    private Instant lastTime;

    /// <param name="period">Window length; at least 1.</param>
    public SimpleMovingAverage(int period)
    {
        IndicatorGuard.RequirePeriod(period, 1, nameof(period));
        Period = period;
        window = new RingWindow(period);
        Name = "SMA(" + period.ToString(CultureInfo.InvariantCulture) + ")";
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
        Samples++;
        window.Add(value);
        if (!window.IsFull)
        {
            return false;
        }

        this.value = SimpleMovingAverageKernel.Mean(window.Items, window.Oldest);
        return true;
    }

    public void Reset()
    {
        window.Clear();
        value = 0;
        lastTime = default;
        Samples = 0;
    }
}
