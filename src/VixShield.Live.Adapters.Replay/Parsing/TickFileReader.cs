using System.Globalization;
using NodaTime;
using NodaTime.Text;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Adapters.Replay.Parsing;

/// <summary>Reads our documented tick/quote tape: a header <c>time,symbol,bid,ask,last</c>, then one quote a line.</summary>
/// <remarks>
/// <para>Format: <c>time</c> is ISO-8601 with a UTC offset or Z (<c>2024-03-15T09:30:00.250-04:00</c>);
/// <c>symbol</c> is a <see cref="MarketSymbol"/> display name or alias (SPX, VIX, VIX9D, VIX3M, NYSE-ADV, ADV, ...);
/// <c>bid</c> and <c>ask</c> are prices, empty or 0 when the source publishes none (cash indexes); <c>last</c> is the
/// last value, and may be empty only when both bid and ask are given. Example:
/// <code>
/// time,symbol,bid,ask,last
/// 2024-03-15T09:30:00.000-04:00,SPX,,,5150.25
/// 2024-03-15T09:30:00.000-04:00,VIX,,,14.41
/// </code></para>
/// <para>Checks, each a <see cref="ReplayRowProblem"/>: five fields; a parseable time; a known symbol; numbers that
/// are not negative, a positive last for prices (a whole non-negative count for breadth symbols); bid not above ask when
/// both are given; times never decreasing (equal times are allowed: several instruments tick at once). Quotes are kept
/// as-is, at any hour: ticks carry their own session context.</para>
/// </remarks>
public static class TickFileReader
{
    private const string Header = "time,symbol,bid,ask,last";
    private static readonly string[] FieldNames = ["time", "symbol", "bid", "ask", "last"];
    private static readonly OffsetDateTimePattern TimePattern = OffsetDateTimePattern.ExtendedIso;

    public static TickSeries Read(string path, BadRowPolicy badRowPolicy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = BarFileReader.OpenText(path);
        return Read(reader, path, badRowPolicy);
    }

    /// <summary>Reads ticks from <paramref name="reader"/>; <paramref name="sourceName"/> names it in messages.</summary>
    public static TickSeries Read(TextReader reader, string sourceName, BadRowPolicy badRowPolicy)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        var lineNumber = 0;
        var header = BarFileReader.ReadNonBlankLine(reader, ref lineNumber) ?? throw BarFileReader.EmptyFile(sourceName);
        var keys = Array.ConvertAll(CsvLine.Split(header), CsvLine.HeaderKey);
        if (!keys.AsSpan().SequenceEqual(FieldNames))
        {
            throw new ReplayDataException(new ReplayRowProblem(sourceName, lineNumber, "header", CsvLine.Shorten(header), "the tick header " + Header));
        }

        var quotes = new List<Quote>();
        var problems = new List<ReplayRowProblem>();
        var dataRows = 0;
        var previousLine = 0;
        var previousTime = Instant.MinValue;
        while (BarFileReader.ReadNonBlankLine(reader, ref lineNumber) is { } line)
        {
            dataRows++;
            var problem = TryParse(line, lineNumber, sourceName, out var quote);
            if (problem is null && quote.EventTime < previousTime)
            {
                problem = new ReplayRowProblem(sourceName, lineNumber, "time", CsvLine.Split(line)[0].Trim(),
                    $"times that never decrease; line {previousLine} has the later {previousTime}");
            }

            if (problem is not null)
            {
                if (badRowPolicy == BadRowPolicy.Stop)
                {
                    throw new ReplayDataException(problem);
                }

                problems.Add(problem);
                continue;
            }

            quotes.Add(quote);
            previousTime = quote.EventTime;
            previousLine = lineNumber;
        }

        if (dataRows == 0)
        {
            throw new ReplayDataException(
                $"{sourceName} has a header but no data rows",
                new ReplayRowProblem(sourceName, lineNumber, "file", string.Empty, "at least one quote after the header"));
        }

        return new TickSeries(sourceName, quotes, dataRows, problems);
    }

    private static ReplayRowProblem? TryParse(string line, int lineNumber, string path, out Quote quote)
    {
        quote = default;
        var fields = CsvLine.Split(line);
        if (fields.Length != FieldNames.Length)
        {
            return new ReplayRowProblem(path, lineNumber, "row", CsvLine.Shorten(line),
                string.Create(CultureInfo.InvariantCulture, $"5 comma-separated fields ({Header}) but found {fields.Length}"));
        }

        var timeText = fields[0].Trim();
        var time = TimePattern.Parse(timeText);
        if (!time.Success || !RowTimeParser.IsPlausibleYear(time.Value.Year))
        {
            return new ReplayRowProblem(path, lineNumber, "time", CsvLine.Shorten(timeText),
                "an ISO-8601 time with a UTC offset between the years 1800 and 2200, e.g. 2024-03-15T09:30:00.250-04:00");
        }

        var symbolText = fields[1].Trim();
        if (!MarketSymbols.TryParse(symbolText, out var symbol))
        {
            return new ReplayRowProblem(path, lineNumber, "symbol", CsvLine.Shorten(symbolText), "one of " + MarketSymbols.AllowedNames);
        }

        var breadth = symbol.Value.IsBreadth();
        if (OptionalNumber(fields[2], out var bid) is { } bidError)
        {
            return new ReplayRowProblem(path, lineNumber, "bid", CsvLine.Shorten(fields[2].Trim()), bidError);
        }

        if (OptionalNumber(fields[3], out var ask) is { } askError)
        {
            return new ReplayRowProblem(path, lineNumber, "ask", CsvLine.Shorten(fields[3].Trim()), askError);
        }

        if (bid > 0m && ask > 0m && bid > ask)
        {
            return new ReplayRowProblem(path, lineNumber, "bid", fields[2].Trim(),
                string.Create(CultureInfo.InvariantCulture, $"a bid at or below the ask {ask}"));
        }

        var lastText = fields[4].Trim();
        decimal last = 0m;
        var quoted = bid > 0m && ask > 0m;
        if (lastText.Length > 0 || !quoted)
        {
            var valid = decimal.TryParse(lastText, NumberStyles.Float, CultureInfo.InvariantCulture, out last)
                && (breadth ? last >= 0m && last == decimal.Truncate(last) : last > 0m);
            if (!valid)
            {
                return new ReplayRowProblem(path, lineNumber, "last", CsvLine.Shorten(lastText), breadth
                    ? "a whole, non-negative count of issues"
                    : "a positive price (it may be empty only when both bid and ask are given)");
            }
        }

        var eventTime = time.Value.ToInstant();
        quote = new Quote(symbol.Value, bid, ask, last, eventTime, eventTime);
        return null;
    }

    private static string? OptionalNumber(string text, out decimal value)
    {
        value = 0m;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        return decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value >= 0m
            ? null
            : "a non-negative price, or empty when the source publishes none";
    }
}
