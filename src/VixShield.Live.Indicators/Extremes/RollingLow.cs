using NodaTime;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Indicators.Extremes;

/// <summary>The lowest of the latest <see cref="RollingExtreme.Period"/> inputs.</summary>
/// <remarks>Bars feed their <see cref="Bar.Low"/> (not the close) at <see cref="Bar.End"/>, the usual meaning of an
/// N-day low; feed closes through <see cref="RollingExtreme.Update(Instant, double)"/> for a closing-basis low.</remarks>
public sealed class RollingLow(int period) : RollingExtreme(period, "MIN")
{
    protected override double BarValue(in Bar bar) => (double)bar.Low;

    protected override double Extreme(ReadOnlySpan<double> window) => RollingExtremeKernel.Min(window);
}
