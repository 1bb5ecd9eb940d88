using NodaTime;
using VixShield.Live.Indicators.Breadth;

namespace VixShield.Live.Indicators.Tests.Support;

/// <summary>The shared breadth files paired by trade date, and joined with SPX daily closes.</summary>
public static class BreadthSeries
{
    private static readonly Lazy<BreadthDay[]> PairedDays = new(Pair);
    private static readonly Lazy<DivergenceDay[]> JoinedDays = new(Join);

    /// <summary>Days present in both the ADV and the DECL file, in date order.</summary>
    public static IReadOnlyList<BreadthDay> Days => PairedDays.Value;

    /// <summary>Days with an SPX close and an A/D line value (the line summed from the first breadth day).</summary>
    public static IReadOnlyList<DivergenceDay> SpxWithLine => JoinedDays.Value;

    private static BreadthDay[] Pair()
    {
        var declining = new Dictionary<LocalDate, double>();
        foreach (var bar in Series.Declining)
        {
            declining[bar.TradeDate] = (double)bar.Close;
        }

        var days = new List<BreadthDay>();
        foreach (var bar in Series.Advancing)
        {
            if (declining.TryGetValue(bar.TradeDate, out var down))
            {
                days.Add(new BreadthDay(bar.TradeDate, bar.End, (double)bar.Close, down));
            }
        }

        return [.. days];
    }

    private static DivergenceDay[] Join()
    {
        var lines = new Dictionary<LocalDate, double>();
        var line = 0.0;
        foreach (var day in Days)
        {
            line = AdvanceDeclineLineKernel.Step(line, day.Advancing, day.Declining);
            lines[day.Date] = line;
        }

        var joined = new List<DivergenceDay>();
        foreach (var bar in Series.SpxDaily)
        {
            if (lines.TryGetValue(bar.TradeDate, out var value))
            {
                joined.Add(new DivergenceDay(bar.End, (double)bar.Close, value));
            }
        }

        return [.. joined];
    }
}
