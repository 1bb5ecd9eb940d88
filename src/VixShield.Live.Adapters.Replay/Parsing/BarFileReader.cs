using System.Globalization;
using System.Text;
using NodaTime;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Adapters.Replay.Parsing;

/// <summary>Reads OHLC bar files in the layouts of <see cref="BarFileFormat"/> into a <see cref="BarSeries"/>.</summary>
/// <remarks>
/// <para>Rows are checked one by one; a row that fails a check is a <see cref="ReplayRowProblem"/> naming the file,
/// line, field, value and what was expected. Under <see cref="BadRowPolicy.Stop"/> the first one is thrown as a
/// <see cref="ReplayDataException"/>; under <see cref="BadRowPolicy.Skip"/> the row is left out and recorded.</para>
/// <para>Row checks: the field count equals the header's (five for headerless FirstRateData); the date or time is in
/// one of the layout's documented forms, and of the same kind (daily or intraday) as the first row; a daily date is an
/// NYSE trading day per the calendar, and an intraday bar falls on one; prices are positive numbers (breadth files,
/// NYSE-ADV and NYSE-DECL, hold whole non-negative counts); high is not below low; rows are strictly in the layout's
/// order (oldest first, investing.com newest first), so a repeated date is a duplicate and an earlier one is unsorted.</para>
/// <para>Documented corrections, recorded in <see cref="BarSeries.Repairs"/> rather than rejected:
/// an Open of exactly 0 with positive high, low and close means the open was not recorded (Yahoo ^GSPC 1962-1982), so the
/// open becomes the previous bar's close clamped into [low, high] (the bar's own close for the first bar); an open or close
/// outside [low, high] (CBOE history, investing.com 2001-10-17) widens the range to contain it, because the open and
/// close are the better-audited prints. High below low has no such reading and stays an error.</para>
/// <para>Daily bars span their session: <see cref="Bar.Start"/> is the open and <see cref="Bar.End"/> the close from the
/// calendar, early closes included. Intraday bars start at the row's time (FirstRateData times are New York wall-clock
/// bar starts); their period is the most common spacing between bars of one day, which must be 1 or 5 minutes, and every
/// start must lie on that grid. Rows outside regular hours on a trading day are kept (FirstRateData has prints to 16:05).
/// Values are kept exactly as written (no rounding), and blank lines are ignored.</para>
/// </remarks>
public static class BarFileReader
{
    private static readonly NyseTradingCalendar DefaultCalendar = new();

    /// <summary>Reads the bar file at <paramref name="path"/>.</summary>
    /// <exception cref="ReplayDataException">The file is empty, its layout or instrument cannot be told, or (under
    /// <see cref="BadRowPolicy.Stop"/>) a row is bad.</exception>
    public static BarSeries Read(string path, BarFileReadOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        using var reader = OpenText(path);
        return Read(reader, path, options);
    }

    /// <summary>Reads bars from <paramref name="reader"/>; <paramref name="sourceName"/> names it in messages and is
    /// the file name the instrument may be inferred from.</summary>
    public static BarSeries Read(TextReader reader, string sourceName, BarFileReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        ArgumentNullException.ThrowIfNull(options);
        return new Reading(reader, sourceName, options).Run();
    }

    /// <summary>The layout the first non-blank line of the file announces.</summary>
    /// <exception cref="ReplayDataException">The file is empty or its first line matches no layout.</exception>
    public static BarFileFormat DetectFormat(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = OpenText(path);
        var lineNumber = 0;
        var first = ReadNonBlankLine(reader, ref lineNumber) ?? throw EmptyFile(path);
        return BarFileLayout.Detect(first) ?? throw BarFileLayout.UnknownLayout(path, first);
    }

    internal static StreamReader OpenText(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"replay file '{path}' does not exist", path);
        }

        return new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    }

    internal static string? ReadNonBlankLine(TextReader reader, ref int lineNumber)
    {
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                return lineNumber == 1 ? line.TrimStart('\uFEFF') : line;
            }
        }

        return null;
    }

    internal static ReplayDataException EmptyFile(string path) => new(
        $"{path} is empty: expected a header line and at least one data row",
        new ReplayRowProblem(path, 1, "file", string.Empty, "a header line and at least one data row"));

    private sealed class Reading(TextReader reader, string path, BarFileReadOptions options)
    {
        private readonly ITradingCalendar calendar = options.Calendar ?? DefaultCalendar;
        private readonly List<ParsedBarRow> rows = [];
        private readonly List<ReplayRowProblem> problems = [];
        private readonly List<BarRepair> repairs = [];
        private BarFileLayout layout = null!;
        private bool breadth;

        public BarSeries Run()
        {
            var lineNumber = 0;
            var first = ReadNonBlankLine(reader, ref lineNumber) ?? throw EmptyFile(path);
            var format = options.Format == BarFileFormat.Auto
                ? BarFileLayout.Detect(first) ?? throw BarFileLayout.UnknownLayout(path, first)
                : options.Format;
            layout = BarFileLayout.Resolve(format, first, path);
            var symbol = ResolveSymbol();
            breadth = symbol.IsBreadth();

            var dataRows = 0;
            if (!layout.HasHeader)
            {
                dataRows++;
                Accept(first, lineNumber);
            }

            while (ReadNonBlankLine(reader, ref lineNumber) is { } line)
            {
                dataRows++;
                Accept(line, lineNumber);
            }

            if (dataRows == 0)
            {
                throw new ReplayDataException(
                    $"{path} has a header but no data rows",
                    new ReplayRowProblem(path, lineNumber, "file", string.Empty, "at least one data row after the header"));
            }

            if (layout.NewestFirst)
            {
                rows.Reverse();
            }

            var period = BarPeriod.Daily;
            if (rows.Count > 0 && rows[0].Time.IsIntraday)
            {
                period = InferIntradayPeriod();
            }

            var bars = BuildBars(symbol, period);
            return new BarSeries(path, layout.Format, symbol, period, bars, dataRows, problems, repairs);
        }

        private MarketSymbol ResolveSymbol()
        {
            if (options.Symbol is { } given)
            {
                return given;
            }

            var headerName = layout.HeaderSymbolName;
            if (headerName is not null && MarketSymbols.TryParse(headerName, out var fromHeader))
            {
                return fromHeader.Value;
            }

            if (SymbolInference.FromFileName(path) is { } fromName)
            {
                return fromName;
            }

            var from = headerName is null ? "file name" : $"header column '{headerName}' or its file name";
            throw new ReplayDataException(
                $"cannot tell which instrument {path} holds from its {from}; name the symbol explicitly (one of {MarketSymbols.AllowedNames})",
                new ReplayRowProblem(path, 1, "symbol", Path.GetFileName(path), "a symbol option, or a file name containing one of " + MarketSymbols.AllowedNames));
        }

        private void Accept(string line, int lineNumber)
        {
            if (!TryParseRow(line, lineNumber, out var row))
            {
                return;
            }

            if (rows.Count > 0)
            {
                var previous = rows[^1];
                if (previous.Time.IsIntraday != row.Time.IsIntraday)
                {
                    Report(lineNumber, layout.FieldNames[layout.DateColumn], row.TimeText, previous.Time.IsIntraday
                        ? $"an intraday time like the rows before it (line {previous.LineNumber}: {previous.TimeText})"
                        : $"a date like the rows before it (line {previous.LineNumber}: {previous.TimeText})");
                    return;
                }

                var order = row.Time.Key.CompareTo(previous.Time.Key);
                if (order == 0)
                {
                    Report(lineNumber, layout.FieldNames[layout.DateColumn], row.TimeText,
                        $"one row per date or time, but line {previous.LineNumber} already has {previous.TimeText}");
                    return;
                }

                if (layout.NewestFirst ? order > 0 : order < 0)
                {
                    Report(lineNumber, layout.FieldNames[layout.DateColumn], row.TimeText, layout.NewestFirst
                        ? $"rows newest first, as investing.com exports them; line {previous.LineNumber} has the earlier {previous.TimeText}"
                        : $"rows oldest first; line {previous.LineNumber} has the later {previous.TimeText}");
                    return;
                }
            }

            rows.Add(row);
        }

        private bool TryParseRow(string line, int lineNumber, out ParsedBarRow row)
        {
            row = default;
            var fields = CsvLine.Split(line);
            if (fields.Length != layout.FieldCount)
            {
                Report(lineNumber, "row", line, string.Create(
                    CultureInfo.InvariantCulture,
                    $"{layout.FieldCount} comma-separated fields ({string.Join(",", layout.FieldNames)}) but found {fields.Length}"));
                return false;
            }

            var timeText = fields[layout.DateColumn].Trim();
            var timeField = layout.FieldNames[layout.DateColumn];
            if (!RowTimeParser.TryParse(layout.Format, timeText, calendar.Zone, out var time))
            {
                Report(lineNumber, timeField, timeText, layout.ExpectedTime);
                return false;
            }

            Instant start;
            Instant end;
            if (time.Start is { } barStart)
            {
                if (!calendar.IsTradingDay(time.Date))
                {
                    Report(lineNumber, timeField, timeText, $"a time on an NYSE trading day ({time.Date:uuuu-MM-dd} is a weekend or market holiday)");
                    return false;
                }

                start = barStart;
                end = barStart;
            }
            else
            {
                var session = calendar.GetSession(time.Date);
                if (session is null)
                {
                    Report(lineNumber, timeField, timeText, $"an NYSE trading day ({time.Date:uuuu-MM-dd} is a weekend or market holiday)");
                    return false;
                }

                start = session.Open;
                end = session.Close;
            }

            if (!TryValue(fields, layout.CloseColumn, lineNumber, out var close)
                || !TryValue(fields, layout.HighColumn, lineNumber, out var high)
                || !TryValue(fields, layout.LowColumn, lineNumber, out var low))
            {
                return false;
            }

            var open = close;
            if (!layout.IsCloseOnly && !TryValue(fields, layout.OpenColumn, lineNumber, out open))
            {
                return false;
            }

            if (!CheckRange(lineNumber, fields, layout.CloseColumn, close)
                || !CheckRange(lineNumber, fields, layout.HighColumn, high)
                || !CheckRange(lineNumber, fields, layout.LowColumn, low))
            {
                return false;
            }

            var openMissing = !breadth && !layout.IsCloseOnly && open == 0m;
            if (!openMissing && !CheckRange(lineNumber, fields, layout.OpenColumn < 0 ? layout.CloseColumn : layout.OpenColumn, open))
            {
                return false;
            }

            if (high < low)
            {
                Report(lineNumber, layout.FieldNames[layout.HighColumn], fields[layout.HighColumn].Trim(),
                    string.Create(CultureInfo.InvariantCulture, $"a high at or above the low {low} (high below low is not a readable bar)"));
                return false;
            }

            row = new ParsedBarRow(lineNumber, time, timeText, start, end, open, high, low, close, openMissing);
            return true;
        }

        private bool TryValue(string[] fields, int column, int lineNumber, out decimal value)
        {
            var text = fields[column].Trim();
            if (decimal.TryParse(text, layout.NumberStyles, CultureInfo.InvariantCulture, out value))
            {
                return true;
            }

            Report(lineNumber, layout.FieldNames[column], text, layout.Format == BarFileFormat.InvestingCom
                ? "a number such as 7,408.30"
                : "a number such as 4783.35");
            return false;
        }

        private bool CheckRange(int lineNumber, string[] fields, int column, decimal value)
        {
            if (breadth)
            {
                if (value < 0m || value != decimal.Truncate(value))
                {
                    Report(lineNumber, layout.FieldNames[column], fields[column].Trim(), "a whole, non-negative count of issues");
                    return false;
                }

                return true;
            }

            if (value <= 0m)
            {
                Report(lineNumber, layout.FieldNames[column], fields[column].Trim(), "a positive price");
                return false;
            }

            return true;
        }

        private BarPeriod InferIntradayPeriod()
        {
            var spacings = new Dictionary<Duration, int>();
            for (var i = 1; i < rows.Count; i++)
            {
                if (rows[i].Time.Date == rows[i - 1].Time.Date)
                {
                    var spacing = rows[i].Start - rows[i - 1].Start;
                    spacings[spacing] = spacings.GetValueOrDefault(spacing) + 1;
                }
            }

            if (spacings.Count == 0)
            {
                throw new ReplayDataException(
                    $"{path}: cannot infer the bar period of intraday rows because no two bars share a day; expected 1-minute or 5-minute bars",
                    new ReplayRowProblem(path, rows[0].LineNumber, layout.FieldNames[layout.DateColumn], rows[0].TimeText, "1-minute or 5-minute bars"));
            }

            var mode = spacings.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key).First().Key;
            BarPeriod period;
            if (mode == Duration.FromMinutes(1))
            {
                period = BarPeriod.OneMinute;
            }
            else if (mode == Duration.FromMinutes(5))
            {
                period = BarPeriod.FiveMinutes;
            }
            else
            {
                throw new ReplayDataException(
                    string.Create(CultureInfo.InvariantCulture, $"{path}: intraday bars are mostly {mode.TotalMinutes} minutes apart; expected 1-minute or 5-minute bars (the periods the pipeline builds)"),
                    new ReplayRowProblem(path, rows[0].LineNumber, layout.FieldNames[layout.DateColumn], rows[0].TimeText, "1-minute or 5-minute bars"));
            }

            var length = Duration.FromMinutes(period == BarPeriod.OneMinute ? 1 : 5);
            var onGrid = new List<ParsedBarRow>(rows.Count);
            foreach (var row in rows)
            {
                var local = row.Start.InZone(calendar.Zone).TimeOfDay;
                if (local.Second != 0 || local.NanosecondOfSecond != 0 || local.Minute % (int)length.TotalMinutes != 0)
                {
                    Report(row.LineNumber, layout.FieldNames[layout.DateColumn], row.TimeText,
                        string.Create(CultureInfo.InvariantCulture, $"a bar start on the {length.TotalMinutes}-minute grid, like the rest of the file"));
                    continue;
                }

                onGrid.Add(row with { End = row.Start + length });
            }

            rows.Clear();
            rows.AddRange(onGrid);
            return period;
        }

        private List<Bar> BuildBars(MarketSymbol symbol, BarPeriod period)
        {
            var bars = new List<Bar>(rows.Count);
            decimal? previousClose = null;
            foreach (var row in rows)
            {
                var open = row.Open;
                var high = row.High;
                var low = row.Low;
                var close = row.Close;
                if (row.OpenMissing)
                {
                    open = previousClose is { } previous ? Math.Clamp(previous, low, high) : close;
                    repairs.Add(new BarRepair(row.LineNumber, BarRepairKind.MissingOpenFilled, string.Create(
                        CultureInfo.InvariantCulture,
                        $"{row.TimeText}: open 0 (not recorded) set to {open}, the previous close clamped into [{low}, {high}]")));
                }

                if (open > high || close > high || open < low || close < low)
                {
                    var widenedHigh = Math.Max(high, Math.Max(open, close));
                    var widenedLow = Math.Min(low, Math.Min(open, close));
                    repairs.Add(new BarRepair(row.LineNumber, BarRepairKind.RangeWidened, string.Create(
                        CultureInfo.InvariantCulture,
                        $"{row.TimeText}: open {open} / close {close} outside [{low}, {high}]; range widened to [{widenedLow}, {widenedHigh}]")));
                    high = widenedHigh;
                    low = widenedLow;
                }

                bars.Add(new Bar(symbol, period, row.Time.Date, row.Start, row.End, open, high, low, close));
                previousClose = close;
            }

            return bars;
        }

        private void Report(int lineNumber, string field, string value, string expected)
        {
            var problem = new ReplayRowProblem(path, lineNumber, field, CsvLine.Shorten(value), expected);
            if (options.BadRowPolicy == BadRowPolicy.Stop)
            {
                throw new ReplayDataException(problem);
            }

            problems.Add(problem);
        }
    }
}
