using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Indicators.Extremes;
using VixShield.Live.Indicators.Momentum;

namespace VixShield.Live.Indicators.Signals;

/// <summary>The "MACD bearish" signal on daily index closes: the histogram below zero after a cross down, or a
/// bearish divergence between price highs and histogram highs.</summary>
/// <remarks>
/// <para>Cross down: active from the day the histogram goes from zero or above to below zero, until it is back at
/// zero or above. A histogram that is already negative when the MACD becomes ready does not count (no cross seen).</para>
/// <para>Divergence: on a day whose close is above every close of the prior <see cref="LookbackDays"/> days (a
/// higher high) while the histogram is below its highest value over those days (a lower high). It stays in force
/// for up to <see cref="LookbackDays"/> days after the last such day, and ends early once the histogram climbs
/// back to the high it had failed to reach. Highs are on closes, as the MACD itself is.</para>
/// <para>Owns its <see cref="Macd"/> (update it only through this signal). Ready once the MACD is ready and a full
/// look-back window of histogram values exists: <see cref="WarmUpPeriod"/> = MACD warm-up + look-back.</para>
/// </remarks>
public sealed class MacdBearish : IIndicator
{
    private readonly RingWindow priorCloses;
    private readonly RingWindow priorHistograms;
    private double previousHistogram;
    private bool hasPreviousHistogram;
    private int daysSinceDivergence;
    private Instant lastTime;

    /// <param name="fastPeriod">MACD fast EMA period.</param>
    /// <param name="slowPeriod">MACD slow EMA period.</param>
    /// <param name="signalPeriod">MACD signal EMA period.</param>
    /// <param name="lookbackDays">Divergence look-back in days; at least 1.</param>
    public MacdBearish(
        int fastPeriod = MovingAverageConvergenceDivergenceDefaults.FastPeriod,
        int slowPeriod = MovingAverageConvergenceDivergenceDefaults.SlowPeriod,
        int signalPeriod = MovingAverageConvergenceDivergenceDefaults.SignalPeriod,
        int lookbackDays = MacdBearishDefaults.LookbackDays)
    {
        IndicatorGuard.RequirePeriod(lookbackDays, 1, nameof(lookbackDays));
        Macd = new MovingAverageConvergenceDivergence(fastPeriod, slowPeriod, signalPeriod);
        LookbackDays = lookbackDays;
        priorCloses = new RingWindow(lookbackDays);
        priorHistograms = new RingWindow(lookbackDays);
        WarmUpPeriod = Macd.WarmUpPeriod + lookbackDays;
        Name = string.Create(CultureInfo.InvariantCulture, $"MACD BEARISH({fastPeriod},{slowPeriod},{signalPeriod},{lookbackDays})");
    }

    public string Name { get; }

    /// <summary>The MACD this signal reads (owned: do not update it directly).</summary>
    public MovingAverageConvergenceDivergence Macd { get; }

    public int LookbackDays { get; }

    public int WarmUpPeriod { get; }

    public long Samples { get; private set; }

    public bool IsReady => Samples >= WarmUpPeriod;

    /// <summary>True when ready and either condition holds.</summary>
    public bool IsActive => IsReady && (IsCrossDownActive || IsDivergenceActive);

    /// <summary>The histogram is below zero after a cross down.</summary>
    public bool IsCrossDownActive { get; private set; }

    /// <summary>A bearish divergence is in force.</summary>
    public bool IsDivergenceActive { get; private set; }

    /// <summary>The prior-window closing high that the last divergent day's close exceeded (0 when none yet).</summary>
    public double DivergencePriceHigh { get; private set; }

    /// <summary>The prior-window histogram high that the last divergent day's histogram failed to reach (0 when none yet).</summary>
    public double DivergenceHistogramHigh { get; private set; }

    /// <summary>The latest close fed.</summary>
    public double LastClose { get; private set; }

    public bool Update(in Bar bar) => Update(bar.End, (double)bar.Close);

    /// <summary>Adds one daily close; returns <see cref="IsReady"/>.</summary>
    public bool Update(Instant time, double close)
    {
        IndicatorGuard.RequireFinite(close, Name, nameof(close));
        IndicatorGuard.RequireAfter(time, lastTime, Samples, Name);
        lastTime = time;
        Samples++;
        LastClose = close;
        if (!Macd.Update(time, close))
        {
            return false;
        }

        var histogram = Macd.Histogram!.Value;
        IsCrossDownActive = MacdBearishKernel.BelowAfterCrossDown(IsCrossDownActive, hasPreviousHistogram, previousHistogram, histogram);
        if (priorCloses.IsFull)
        {
            var priorPriceHigh = RollingExtremeKernel.Max(priorCloses.Items);
            var priorHistogramHigh = RollingExtremeKernel.Max(priorHistograms.Items);
            if (MacdBearishKernel.IsBearishDivergence(close, priorPriceHigh, histogram, priorHistogramHigh))
            {
                IsDivergenceActive = true;
                DivergencePriceHigh = priorPriceHigh;
                DivergenceHistogramHigh = priorHistogramHigh;
                daysSinceDivergence = 0;
            }
            else if (IsDivergenceActive)
            {
                daysSinceDivergence++;
                IsDivergenceActive = MacdBearishKernel.DivergencePersists(daysSinceDivergence, LookbackDays, histogram, DivergenceHistogramHigh);
            }
        }

        priorCloses.Add(close);
        priorHistograms.Add(histogram);
        previousHistogram = histogram;
        hasPreviousHistogram = true;
        return IsReady;
    }

    public void Reset()
    {
        Macd.Reset();
        priorCloses.Clear();
        priorHistograms.Clear();
        previousHistogram = 0;
        hasPreviousHistogram = false;
        daysSinceDivergence = 0;
        IsCrossDownActive = false;
        IsDivergenceActive = false;
        DivergencePriceHigh = 0;
        DivergenceHistogramHigh = 0;
        LastClose = 0;
        lastTime = default;
        Samples = 0;
    }
}
