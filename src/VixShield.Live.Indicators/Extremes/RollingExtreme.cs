using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Indicators.Extremes;

/// <summary>The highest or lowest of the latest <see cref="Period"/> inputs (a ring buffer allocated once): the window
/// and its checks, shared by <see cref="RollingHigh"/> and <see cref="RollingLow"/>, which say which extreme and which
/// side of a bar.</summary>
/// <remarks>Ready at input number <see cref="Period"/>; the window includes the latest input.</remarks>
public abstract class RollingExtreme : IScalarIndicator
{
    private readonly RingWindow window;
    private double value;
    private Instant lastTime;

    /// <param name="period">Window length; at least 1.</param>
    /// <param name="function">The name's function, e.g. <c>MAX</c>.</param>
    protected RollingExtreme(int period, string function)
    {
        IndicatorGuard.RequirePeriod(period, 1, nameof(period));
        Period = period;
        window = new RingWindow(period);
        Name = function + "(" + period.ToString(CultureInfo.InvariantCulture) + ")";
    }

    public string Name { get; }

    public int Period { get; }

    public int WarmUpPeriod => Period;

    public long Samples { get; private set; }

    public bool IsReady => Samples >= Period;

    public double? Current => IsReady ? value : null;

    public bool Update(in Bar bar) => Update(bar.End, BarValue(in bar));

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

        this.value = Extreme(window.Items);
        return true;
    }

    public void Reset()
    {
        window.Clear();
        value = 0;
        lastTime = default;
        Samples = 0;
    }

    /// <summary>The side of a bar this extreme reads (its high for a high, its low for a low).</summary>
    protected abstract double BarValue(in Bar bar);

    protected abstract double Extreme(ReadOnlySpan<double> window);
}
