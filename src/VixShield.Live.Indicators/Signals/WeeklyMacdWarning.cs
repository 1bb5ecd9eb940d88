using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Indicators.Momentum;

namespace VixShield.Live.Indicators.Signals;

/// <summary>The weekly MACD warning (alert only): the weekly MACD line crosses its zero line, or the weekly
/// histogram shrinks <see cref="ShrinkingWeeks"/> weeks running.</summary>
/// <remarks>
/// Both directions of the zero cross count, as the spec says "crosses its zero line"; the reason text tells which
/// side the line is on. "Shrinks" means the histogram's magnitude falls week on week, on either side of zero
/// (momentum fading). Evaluated per weekly bar: the warning is active for the week the condition holds. Owns its
/// <see cref="Macd"/>. Ready one bar after the MACD (a previous week is needed to compare).
/// </remarks>
public sealed class WeeklyMacdWarning : IIndicator
{
    private double previousLine;
    private double previousHistogram;
    private bool hasPrevious;
    private Instant lastTime;

    /// <param name="fastPeriod">MACD fast EMA period.</param>
    /// <param name="slowPeriod">MACD slow EMA period.</param>
    /// <param name="signalPeriod">MACD signal EMA period.</param>
    /// <param name="shrinkingWeeks">Consecutive shrinking weeks that raise the warning; at least 1.</param>
    public WeeklyMacdWarning(
        int fastPeriod = MovingAverageConvergenceDivergenceDefaults.FastPeriod,
        int slowPeriod = MovingAverageConvergenceDivergenceDefaults.SlowPeriod,
        int signalPeriod = MovingAverageConvergenceDivergenceDefaults.SignalPeriod,
        int shrinkingWeeks = WeeklyMacdWarningDefaults.ShrinkingWeeks)
    {
        IndicatorGuard.RequirePeriod(shrinkingWeeks, 1, nameof(shrinkingWeeks));
        Macd = new MovingAverageConvergenceDivergence(fastPeriod, slowPeriod, signalPeriod);
        ShrinkingWeeks = shrinkingWeeks;
        WarmUpPeriod = Macd.WarmUpPeriod + 1;
        Name = string.Create(CultureInfo.InvariantCulture, $"WEEKLY MACD WARNING({fastPeriod},{slowPeriod},{signalPeriod},{shrinkingWeeks})");
    }

    public string Name { get; }

    /// <summary>The weekly MACD this signal reads (owned: do not update it directly).</summary>
    public MovingAverageConvergenceDivergence Macd { get; }

    public int ShrinkingWeeks { get; }

    public int WarmUpPeriod { get; }

    public long Samples { get; private set; }

    public bool IsReady => Samples >= WarmUpPeriod;

    /// <summary>The MACD line changed side of zero on the latest week.</summary>
    public bool IsZeroCross { get; private set; }

    /// <summary>Consecutive weeks (so far) on which the histogram's magnitude shrank.</summary>
    public int ShrinkingWeekCount { get; private set; }

    /// <summary>The histogram has shrunk for at least <see cref="ShrinkingWeeks"/> weeks running.</summary>
    public bool IsHistogramShrinking => ShrinkingWeekCount >= ShrinkingWeeks;

    /// <summary>True when ready and either condition holds on the latest week.</summary>
    public bool IsActive => IsReady && (IsZeroCross || IsHistogramShrinking);

    public bool Update(in Bar bar) => Update(bar.End, (double)bar.Close);

    /// <summary>Adds one weekly close; returns <see cref="IsReady"/>.</summary>
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

        var line = Macd.Current!.Value;
        var histogram = Macd.Histogram!.Value;
        if (hasPrevious)
        {
            IsZeroCross = WeeklyMacdWarningKernel.CrossesZero(previousLine, line);
            ShrinkingWeekCount = WeeklyMacdWarningKernel.NextShrinkingCount(ShrinkingWeekCount, previousHistogram, histogram);
        }

        previousLine = line;
        previousHistogram = histogram;
        hasPrevious = true;
        return IsReady;
    }

    public void Reset()
    {
        Macd.Reset();
        previousLine = 0;
        previousHistogram = 0;
        hasPrevious = false;
        IsZeroCross = false;
        ShrinkingWeekCount = 0;
        lastTime = default;
        Samples = 0;
    }
}
