using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Indicators.Averages;
using VixShield.Live.Indicators.Breadth;
using VixShield.Live.Indicators.Momentum;

namespace VixShield.Live.Indicators.Reports;

/// <summary>The CSV behind <c>vixshield indicators</c>: one row per bar with every indicator a user can check
/// against a charting platform.</summary>
/// <remarks>
/// <para>Columns: <c>date,close,ema12,ema26,macd,signal,hist,rsi14</c>, plus <c>ad_line,ad_divergence_days</c> when
/// breadth is given. A cell is empty until its indicator is ready. Numbers are invariant culture; indicator values
/// are printed round-trippable ("R"), the close exactly as in the bar.</para>
/// <para><c>ema12</c> and <c>ema26</c> are standalone EMAs seeded with the mean of the first 12 (26) closes, as
/// TA-Lib's <c>TA_EMA</c>. <c>macd</c>, <c>signal</c> and <c>hist</c> are TA-Lib's <c>TA_MACD</c>, whose fast EMA
/// is seeded on closes 15..26 instead (see <see cref="MovingAverageConvergenceDivergence"/>), so in the first
/// ~150 rows <c>macd</c> is not exactly <c>ema12 - ema26</c>; the difference dies out geometrically.
/// <c>rsi14</c> is Wilder's RSI (TA-Lib's <c>TA_RSI</c>).</para>
/// <para>Breadth: advancing and declining daily bars are paired by trade date (days missing from either are
/// skipped) and summed into the A/D line from the first pair. A row gets A/D cells only when breadth exists for its
/// own trade date; the divergence count uses the row's close and that A/D value (for weekly bars: consecutive
/// weeks, on the week's last trading day).</para>
/// </remarks>
public static class IndicatorReport
{
    private const string Header = "date,close,ema12,ema26,macd,signal,hist,rsi14";
    private const string BreadthHeader = ",ad_line,ad_divergence_days";

    /// <summary>Writes the CSV for <paramref name="bars"/> (one symbol, daily or weekly) to <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentException">Bars of mixed symbols or periods, bars out of date order, or only one of
    /// the two breadth series; the message names the position and date.</exception>
    public static void WriteCsv(TextWriter output, IReadOnlyList<Bar> bars, IReadOnlyList<Bar>? advancing = null, IReadOnlyList<Bar>? declining = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(bars);
        if ((advancing is null) != (declining is null))
        {
            throw new ArgumentException("Advancing and declining breadth must be given together (both or neither).", advancing is null ? nameof(advancing) : nameof(declining));
        }

        var breadth = advancing is null ? null : PairBreadth(advancing, declining!);
        var fast = new ExponentialMovingAverage(MovingAverageConvergenceDivergenceDefaults.FastPeriod);
        var slow = new ExponentialMovingAverage(MovingAverageConvergenceDivergenceDefaults.SlowPeriod);
        var macd = new MovingAverageConvergenceDivergence();
        var rsi = new RelativeStrengthIndex(RelativeStrengthIndexDefaults.Period);
        var line = new AdvanceDeclineLine();
        var divergence = new AdvanceDeclineDivergence();
        var nextBreadth = 0;
        var lastBreadthDate = default(LocalDate?);

        output.Write(Header);
        output.Write(breadth is null ? "\n" : BreadthHeader + "\n");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            ValidateOrder(bars, i);
            var close = (double)bar.Close;
            fast.Update(bar.End, close);
            slow.Update(bar.End, close);
            macd.Update(bar.End, close);
            rsi.Update(bar.End, close);

            output.Write(bar.TradeDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            output.Write(',');
            output.Write(bar.Close.ToString(CultureInfo.InvariantCulture));
            WriteCell(output, fast.Current);
            WriteCell(output, slow.Current);
            WriteCell(output, macd.Current);
            WriteCell(output, macd.Signal);
            WriteCell(output, macd.Histogram);
            WriteCell(output, rsi.Current);
            if (breadth is not null)
            {
                while (nextBreadth < breadth.Count && breadth[nextBreadth].Date <= bar.TradeDate)
                {
                    var day = breadth[nextBreadth++];
                    line.Update(day.Time, day.Advancing, day.Declining);
                    lastBreadthDate = day.Date;
                }

                if (lastBreadthDate == bar.TradeDate && close > 0)
                {
                    var time = bar.End > breadth[nextBreadth - 1].Time ? bar.End : breadth[nextBreadth - 1].Time;
                    divergence.Update(time, close, line.Current!.Value);
                    WriteCell(output, line.Current);
                    output.Write(',');
                    if (divergence.IsReady)
                    {
                        output.Write(divergence.Days.ToString(CultureInfo.InvariantCulture));
                    }
                }
                else
                {
                    output.Write(",,");
                }
            }

            output.Write('\n');
        }
    }

    private static void WriteCell(TextWriter output, double? value)
    {
        output.Write(',');
        if (value is { } number)
        {
            output.Write(number.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    private static void ValidateOrder(IReadOnlyList<Bar> bars, int index)
    {
        if (index == 0)
        {
            return;
        }

        var bar = bars[index];
        var previous = bars[index - 1];
        if (bar.Symbol != previous.Symbol || bar.Period != previous.Period)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Bar {index} ({bar.TradeDate:yyyy-MM-dd}) is {bar.Symbol} {bar.Period} but earlier bars are {previous.Symbol} {previous.Period}; one symbol and period per report."),
                nameof(bars));
        }

        if (bar.TradeDate <= previous.TradeDate || bar.End <= previous.End)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Bar {index} ({bar.TradeDate:yyyy-MM-dd}, end {bar.End}) is not after the previous bar ({previous.TradeDate:yyyy-MM-dd}, end {previous.End}); bars must be in strictly increasing time."),
                nameof(bars));
        }
    }

    private static List<BreadthDay> PairBreadth(IReadOnlyList<Bar> advancing, IReadOnlyList<Bar> declining)
    {
        var declines = new Dictionary<LocalDate, Bar>(declining.Count);
        for (var i = 0; i < declining.Count; i++)
        {
            if (!declines.TryAdd(declining[i].TradeDate, declining[i]))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Declining bar {i} repeats trade date {declining[i].TradeDate:yyyy-MM-dd}; one bar per day."),
                    nameof(declining));
            }
        }

        var days = new List<BreadthDay>(advancing.Count);
        for (var i = 0; i < advancing.Count; i++)
        {
            var up = advancing[i];
            if (i > 0 && up.TradeDate <= advancing[i - 1].TradeDate)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Advancing bar {i} has trade date {up.TradeDate:yyyy-MM-dd}, not after the previous bar's {advancing[i - 1].TradeDate:yyyy-MM-dd}."),
                    nameof(advancing));
            }

            if (declines.TryGetValue(up.TradeDate, out var down))
            {
                days.Add(new BreadthDay(up.TradeDate, up.End > down.End ? up.End : down.End, (double)up.Close, (double)down.Close));
            }
        }

        return days;
    }

    private readonly record struct BreadthDay(LocalDate Date, Instant Time, double Advancing, double Declining);
}
