using NodaTime;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Indicators.Extremes;

/// <summary>The highest of the latest <see cref="RollingExtreme.Period"/> inputs.</summary>
/// <remarks>Bars feed their <see cref="Bar.High"/> (not the close) at <see cref="Bar.End"/>, the usual meaning of an
/// N-day high; feed closes through <see cref="RollingExtreme.Update(Instant, double)"/> for a closing-basis high.</remarks>
public sealed class RollingHigh(int period) : RollingExtreme(period, "MAX")
{
    protected override double BarValue(in Bar bar) => (double)bar.High;

    protected override double Extreme(ReadOnlySpan<double> window) => RollingExtremeKernel.Max(window);
}
