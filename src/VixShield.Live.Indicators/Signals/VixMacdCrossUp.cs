using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Indicators.Momentum;

namespace VixShield.Live.Indicators.Signals;

/// <summary>Volatility momentum turning up: the VIX daily MACD line crosses above its signal line.</summary>
/// <remarks>
/// <see cref="IsCrossUp"/> is true on the crossing day only; <see cref="IsActive"/> stays true from the crossing
/// until the line falls back to or below its signal, so rules that combine it with other conditions can see it on
/// later days. A line already above its signal when the MACD becomes ready does not count (no cross seen).
/// Owns its <see cref="Macd"/>. Ready one bar after the MACD.
/// </remarks>
public sealed class VixMacdCrossUp : IIndicator
{
    private double previousHistogram;
    private bool hasPrevious;
    private Instant lastTime;

    /// <param name="fastPeriod">MACD fast EMA period.</param>
    /// <param name="slowPeriod">MACD slow EMA period.</param>
    /// <param name="signalPeriod">MACD signal EMA period.</param>
    public VixMacdCrossUp(
        int fastPeriod = MovingAverageConvergenceDivergenceDefaults.FastPeriod,
        int slowPeriod = MovingAverageConvergenceDivergenceDefaults.SlowPeriod,
        int signalPeriod = MovingAverageConvergenceDivergenceDefaults.SignalPeriod)
    {
        Macd = new MovingAverageConvergenceDivergence(fastPeriod, slowPeriod, signalPeriod);
        WarmUpPeriod = Macd.WarmUpPeriod + 1;
        Name = string.Create(CultureInfo.InvariantCulture, $"MACD CROSS UP({fastPeriod},{slowPeriod},{signalPeriod})");
    }

    public string Name { get; }

    /// <summary>The MACD this signal reads (owned: do not update it directly).</summary>
    public MovingAverageConvergenceDivergence Macd { get; }

    public int WarmUpPeriod { get; }

    public long Samples { get; private set; }

    public bool IsReady => Samples >= WarmUpPeriod;

    /// <summary>The line crossed above its signal on the latest bar.</summary>
    public bool IsCrossUp { get; private set; }

    /// <summary>The line is above its signal after a cross up seen by this signal.</summary>
    public bool IsActive { get; private set; }

    public bool Update(in Bar bar) => Update(bar.End, (double)bar.Close);

    /// <summary>Adds one daily close of the volatility index; returns <see cref="IsReady"/>.</summary>
    public bool Update(Instant time, double close)
    {
        IndicatorGuard.RequireFinite(close, Name, nameof(close));
        IndicatorGuard.RequireAfter(time, lastTime, Samples, Name);
        lastTime = time;
        Samples++;
        if (!Macd.Update(time, close))
        {
            return false;
        }

        var histogram = Macd.Histogram!.Value;
        if (hasPrevious)
        {
            IsCrossUp = VixMacdCrossUpKernel.CrossesAbove(previousHistogram, histogram);
            IsActive = VixMacdCrossUpKernel.AboveAfterCrossUp(IsActive, IsCrossUp, histogram);
        }

        previousHistogram = histogram;
        hasPrevious = true;
        return IsReady;
    }

    public void Reset()
    {
        Macd.Reset();
        previousHistogram = 0;
        hasPrevious = false;
        IsCrossUp = false;
        IsActive = false;
        lastTime = default;
        Samples = 0;
    }
}
