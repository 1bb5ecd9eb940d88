using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Indicators.Extremes;

/// <summary>The lowest of the latest <see cref="Period"/> inputs (a ring buffer allocated once).</summary>
/// <remarks>Ready at input number <see cref="Period"/>; the window includes the latest input.
/// Bars feed their <see cref="Bar.Low"/> (not the close) at <see cref="Bar.End"/>, the usual meaning of an
/// N-day low; feed closes through <see cref="Update(Instant, double)"/> for a closing-basis low.</remarks>
public sealed class RollingLow : IScalarIndicator
{
    private readonly RingWindow window;
    private double value;
    private Instant lastTime;

    /// <param name="period">Window length; at least 1.</param>
    public RollingLow(int period)
    {
        IndicatorGuard.RequirePeriod(period, 1, nameof(period));
        Period = period;
        window = new RingWindow(period);
        Name = "MIN(" + period.ToString(CultureInfo.InvariantCulture) + ")";
    }

    public string Name { get; }

    public int Period { get; }

    public int WarmUpPeriod => Period;

    public long Samples { get; private set; }

    public bool IsReady => Samples >= Period;

    public double? Current => IsReady ? value : null;

    public bool Update(in Bar bar) => Update(bar.End, (double)bar.Low);

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

        this.value = RollingExtremeKernel.Min(window.Items);
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
