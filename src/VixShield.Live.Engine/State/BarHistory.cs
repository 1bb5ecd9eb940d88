using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Indicators.Signals;

namespace VixShield.Live.Engine.State;

/// <summary>The latest closed bars of each series an indicator depends on (<see cref="MarketSignals.IsIndicatorSeries"/>),
/// kept so that a restart can rebuild the indicators by replaying them through the same <c>Update</c> path.</summary>
/// <remarks>
/// <para>Each series keeps at most <see cref="BarsPerSeries"/> bars in a ring allocated on its first bar, so recording a
/// bar allocates nothing. While a series holds every bar it ever saw, the rebuild is exact. Beyond that the oldest bars
/// are gone: the exponential averages then start from a later seed, and the difference shrinks by their decay per bar,
/// (1 - 2/27) for the slowest MACD average and (1 - 1/14) for RSI, which after 600 bars is below 1e-19 of the value,
/// far under a double's precision. Sums without decay (the A/D line's level) restart from the oldest kept day; the
/// divergence compares the line with its own recent highs, so that shift does not change it.</para>
/// <para>Single-threaded, owned by the decision loop.</para>
/// </remarks>
public sealed class BarHistory
{
    /// <summary>600 bars: 7.7 sessions of 5-minute bars, 2.4 years of daily bars, 11.5 years of weekly bars.</summary>
    public const int BarsPerSeries = 600;

    private const int PeriodCount = 4;
    private readonly Bar[]?[] rings = new Bar[MarketSymbols.Count * PeriodCount][];
    private readonly int[] counts = new int[MarketSymbols.Count * PeriodCount];
    private readonly int[] heads = new int[MarketSymbols.Count * PeriodCount];

    /// <summary>Bars held over all series.</summary>
    public int Count => counts.Sum();

    /// <summary>Keeps <paramref name="bar"/> when its series feeds an indicator; other bars are ignored.</summary>
    public void Record(in Bar bar)
    {
        if (!MarketSignals.IsIndicatorSeries(bar.Symbol, bar.Period))
        {
            return;
        }

        var stream = ((int)bar.Symbol * PeriodCount) + (int)bar.Period;
        var ring = rings[stream] ??= new Bar[BarsPerSeries];
        ring[(heads[stream] + counts[stream]) % BarsPerSeries] = bar;
        if (counts[stream] < BarsPerSeries)
        {
            counts[stream]++;
        }
        else
        {
            heads[stream] = (heads[stream] + 1) % BarsPerSeries;
        }
    }

    public void Clear()
    {
        Array.Clear(counts);
        Array.Clear(heads);
    }

    /// <summary>Every series held, each oldest first.</summary>
    public IReadOnlyList<BarSeriesState> Capture()
    {
        var series = new List<BarSeriesState>();
        for (var stream = 0; stream < rings.Length; stream++)
        {
            if (counts[stream] == 0)
            {
                continue;
            }

            var bars = new Bar[counts[stream]];
            for (var i = 0; i < bars.Length; i++)
            {
                bars[i] = rings[stream]![(heads[stream] + i) % BarsPerSeries];
            }

            series.Add(new BarSeriesState((MarketSymbol)(stream / PeriodCount), (BarPeriod)(stream % PeriodCount), bars));
        }

        return series;
    }

    /// <summary>The bars of <paramref name="series"/> merged in the order the bar aggregator closes them: by end time, then
    /// period, then symbol.</summary>
    /// <exception cref="InvalidDataException">A series holds a bar of another symbol or period, or bars out of time order.</exception>
    public static IReadOnlyList<Bar> InReplayOrder(IReadOnlyList<BarSeriesState> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var all = new List<Bar>();
        foreach (var s in series)
        {
            for (var i = 0; i < s.Bars.Count; i++)
            {
                var bar = s.Bars[i];
                if (bar.Symbol != s.Symbol || bar.Period != s.Period)
                {
                    throw new InvalidDataException($"the saved {s.Symbol} {s.Period} bars include a {bar.Symbol} {bar.Period} bar ending {bar.End}");
                }

                if (i > 0 && bar.End <= s.Bars[i - 1].End)
                {
                    throw new InvalidDataException($"the saved {s.Symbol} {s.Period} bars are not in time order: {bar.End} follows {s.Bars[i - 1].End}");
                }
            }

            all.AddRange(s.Bars);
        }

        all.Sort(static (a, b) =>
        {
            var byEnd = a.End.CompareTo(b.End);
            if (byEnd != 0)
            {
                return byEnd;
            }

            var byPeriod = a.Period.CompareTo(b.Period);
            return byPeriod != 0 ? byPeriod : a.Symbol.CompareTo(b.Symbol);
        });
        return all;
    }
}
