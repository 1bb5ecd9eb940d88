using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Indicators.Volatility;

/// <summary>Standard deviation of the latest <see cref="Period"/> inputs.</summary>
/// <remarks>Population (divide by n, as TA-Lib's <c>TA_STDDEV</c> with one deviation) unless
/// <see cref="DeviationBasis.Sample"/> is asked for. Ready at input number <see cref="Period"/>.
/// Bars feed their close at <see cref="Bar.End"/>.</remarks>
public sealed class StandardDeviation : IScalarIndicator
{
    private readonly RingWindow window;
    private double value;
    private Instant lastTime;

    /// <param name="period">Window length; at least 2.</param>
    /// <param name="basis">Divisor: n (population) or n - 1 (sample).</param>
    public StandardDeviation(int period, DeviationBasis basis = DeviationBasis.Population)
    {
        IndicatorGuard.RequirePeriod(period, 2, nameof(period));
        Period = period;
        Basis = basis;
        window = new RingWindow(period);
        Name = "STDDEV(" + period.ToString(CultureInfo.InvariantCulture) + ")";
    }

    public string Name { get; }

    public int Period { get; }

    public DeviationBasis Basis { get; }

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

        this.value = StandardDeviationKernel.StandardDeviation(window.Items, window.Oldest, Basis);
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
