using System.Globalization;
using NodaTime;
using NodaTime.Text;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Indicators.Tests.Support;

/// <summary>Test-only readers for the shared CSV layouts these tests use (the real readers live in the replay adapter).</summary>
/// <remarks>Daily bars get the NYSE session's open and close as <see cref="Bar.Start"/> and <see cref="Bar.End"/>;
/// intraday FirstRate rows are stamped with the bar's start in New York time.</remarks>
public static class SeriesFiles
{
    private static readonly NyseTradingCalendar Calendar = new();
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private static readonly LocalDatePattern UsDate = LocalDatePattern.CreateWithInvariantCulture("MM/dd/yyyy");
    private static readonly LocalDateTimePattern FirstRateTime = LocalDateTimePattern.CreateWithInvariantCulture("yyyy-MM-dd HH:mm:ss");

    /// <summary>Yahoo <c>Date,Open,High,Low,Close,Adj Close,Volume</c>, from <paramref name="from"/> on.</summary>
    public static Bar[] YahooDaily(string path, MarketSymbol symbol, LocalDate from) =>
        ReadDaily(path, symbol, from, hasHeader: true, closeColumn: 4);

    /// <summary>CBOE <c>DATE,OPEN,HIGH,LOW,CLOSE</c> with ISO or US (MM/dd/yyyy) dates.</summary>
    public static Bar[] CboeDaily(string path, MarketSymbol symbol) =>
        ReadDaily(path, symbol, LocalDate.MinIsoValue, hasHeader: true, closeColumn: 4);

    /// <summary>TradingView <c>time,open,high,low,close,...</c>.</summary>
    public static Bar[] TradingViewDaily(string path, MarketSymbol symbol) =>
        ReadDaily(path, symbol, LocalDate.MinIsoValue, hasHeader: true, closeColumn: 4);

    /// <summary>FirstRate intraday, no header: <c>yyyy-MM-dd HH:mm:ss,open,high,low,close</c>, stamped at the bar start
    /// (New York); only bars that start inside the regular session are kept.</summary>
    public static Bar[] FirstRateIntraday(string path, MarketSymbol symbol, BarPeriod period, Duration length)
    {
        var bars = new List<Bar>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var fields = line.Split(',');
            var start = Parse(FirstRateTime, fields[0], path, lineNumber).InZoneStrictly(Calendar.Zone).ToInstant();
            var session = Calendar.GetSession(start.InZone(Calendar.Zone).Date);
            if (session is null || !session.Contains(start))
            {
                continue;
            }

            bars.Add(new Bar(symbol, period, session.TradeDate, start, start + length,
                Number(fields[1], path, lineNumber), Number(fields[2], path, lineNumber), Number(fields[3], path, lineNumber), Number(fields[4], path, lineNumber)));
        }

        return [.. bars];
    }

    private static Bar[] ReadDaily(string path, MarketSymbol symbol, LocalDate from, bool hasHeader, int closeColumn)
    {
        var bars = new List<Bar>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if ((hasHeader && lineNumber == 1) || line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            var date = Parse(fields[0].Contains('/', StringComparison.Ordinal) ? UsDate : IsoDate, fields[0], path, lineNumber);
            if (date < from)
            {
                continue;
            }

            var session = Calendar.GetSession(date);
            var open = session?.Open ?? date.At(new LocalTime(9, 30)).InZoneStrictly(Calendar.Zone).ToInstant();
            var close = session?.Close ?? date.At(new LocalTime(16, 0)).InZoneStrictly(Calendar.Zone).ToInstant();
            bars.Add(new Bar(symbol, BarPeriod.Daily, date, open, close,
                Number(fields[1], path, lineNumber), Number(fields[2], path, lineNumber), Number(fields[3], path, lineNumber), Number(fields[closeColumn], path, lineNumber)));
        }

        return [.. bars];
    }

    private static T Parse<T>(IPattern<T> pattern, string text, string path, int line)
    {
        var result = pattern.Parse(text);
        return result.Success ? result.Value : throw new FormatException($"{path}:{line}: '{text}' is not a date/time: {result.Exception.Message}");
    }

    private static decimal Number(string text, string path, int line) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{path}:{line}: '{text}' is not a number.");
}
