using NodaTime;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Adapters.Replay;

/// <summary>The quotes a replayed bar becomes: four points along a path through its open, extremes and close.</summary>
/// <remarks>
/// <para>A bar whose close is at or above its open goes open, low, high, close (it dipped first, then rallied to close
/// strong); a bar that closed below its open goes open, high, low, close. This is the usual backtest convention: it
/// makes the extreme nearer the open come first, which is the more likely order and the more pessimistic one for stops.</para>
/// <para>The points sit at the bar's start, one third and two thirds of its interval, and <see cref="CloseOffset"/> before
/// its end. The close is placed just inside the interval because bars are half-open [start, end): at the end instant
/// itself it would belong to the next bar (and, for daily bars, fall after the session-close heartbeat).</para>
/// <para>A daily bar is the exception: its close is placed <see cref="DailyCloseLead"/> before the session's end, ahead of
/// the 15:30 condor entry (12:30 on early closes), and its extremes at one quarter and one half of the session. With only
/// daily bars the close is the best available stand-in for the level at the entry time; without this the entry would be
/// priced at whichever extreme came second, which biases every strike.</para>
/// <para>Breadth counts (NYSE-ADV, NYSE-DECL) are running totals, not prices, so a breadth bar is one point: its close,
/// <see cref="CloseOffset"/> before the end.</para>
/// </remarks>
public static class IntraBarPath
{
    /// <summary>How far before the bar's end the closing quote is placed.</summary>
    public static readonly Duration CloseOffset = Duration.FromMilliseconds(1);

    /// <summary>How far before a daily bar's end its closing quote is placed: before the condor entry time.</summary>
    public static readonly Duration DailyCloseLead = Duration.FromMinutes(35);

    /// <summary>Quotes per price bar.</summary>
    public const int PricePointCount = 4;

    /// <summary>The number of quotes <paramref name="bar"/> becomes: 1 for breadth, 4 otherwise.</summary>
    public static int PointCount(in Bar bar) => bar.Symbol.IsBreadth() ? 1 : PricePointCount;

    /// <summary>The time and value of point <paramref name="index"/> (0-based) of <paramref name="bar"/>.</summary>
    public static void Point(in Bar bar, int index, out Instant time, out decimal value)
    {
        var count = PointCount(bar);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
        var daily = bar.Period == BarPeriod.Daily && !bar.Symbol.IsBreadth();
        if (index == count - 1)
        {
            time = daily ? bar.End - DailyCloseLead : bar.End - CloseOffset;
            value = bar.Close;
            return;
        }

        var length = bar.End - bar.Start;
        time = index switch
        {
            0 => bar.Start,
            1 => bar.Start + (daily ? length / 4 : length / 3),
            _ => bar.Start + (daily ? length / 2 : length * 2 / 3),
        };
        var rising = bar.Close >= bar.Open;
        value = index switch
        {
            0 => bar.Open,
            1 => rising ? bar.Low : bar.High,
            _ => rising ? bar.High : bar.Low,
        };
    }
}
