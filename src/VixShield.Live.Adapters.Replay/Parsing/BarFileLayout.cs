using System.Globalization;

namespace VixShield.Live.Adapters.Replay.Parsing;

/// <summary>Where a bar file keeps each value, and how its text is written, for one <see cref="BarFileFormat"/>.</summary>
internal sealed class BarFileLayout
{
    private const string CboeHeader = "DATE,OPEN,HIGH,LOW,CLOSE (or DATE,<NAME> for close-only files)";
    private const string YahooHeader = "Date,Open,High,Low,Close,Adj Close,Volume (or Datetime,Open,High,Low,Close,...)";
    private const string InvestingComHeader = "\"Date\",\"Price\",\"Open\",\"High\",\"Low\",\"Vol.\",\"Change %\"";
    private const string TradingViewHeader = "time,open,high,low,close,...";
    private const string TicksHeader = "time,symbol,bid,ask,last";

    private BarFileLayout(BarFileFormat format, bool hasHeader, string[] fieldNames, int date, int open, int high, int low, int close)
    {
        Format = format;
        HasHeader = hasHeader;
        FieldNames = fieldNames;
        DateColumn = date;
        OpenColumn = open;
        HighColumn = high;
        LowColumn = low;
        CloseColumn = close;
    }

    public BarFileFormat Format { get; }

    public bool HasHeader { get; }

    /// <summary>Column names as the file spells them (generated for headerless files), for error messages.</summary>
    public IReadOnlyList<string> FieldNames { get; }

    /// <summary>Fields a row must have: the header's count, or five for headerless files.</summary>
    public int FieldCount => FieldNames.Count;

    public int DateColumn { get; }

    /// <summary>-1 for close-only files, whose single value is open, high, low and close at once.</summary>
    public int OpenColumn { get; }

    public int HighColumn { get; }

    public int LowColumn { get; }

    public int CloseColumn { get; }

    public bool IsCloseOnly => OpenColumn < 0;

    /// <summary>investing.com lists the newest row first; every other layout is oldest first.</summary>
    public bool NewestFirst => Format == BarFileFormat.InvestingCom;

    public NumberStyles NumberStyles => Format == BarFileFormat.InvestingCom
        ? NumberStyles.Float | NumberStyles.AllowThousands
        : NumberStyles.Float;

    /// <summary>The instrument a close-only header names (<c>DATE,VVIX</c>), else null.</summary>
    public string? HeaderSymbolName => IsCloseOnly ? FieldNames[CloseColumn] : null;

    /// <summary>How the date/time column is written, for error messages.</summary>
    public string ExpectedTime => Format switch
    {
        BarFileFormat.Cboe => "a date as MM/dd/yyyy or yyyy-MM-dd",
        BarFileFormat.Yahoo => "a date as yyyy-MM-dd, or a time as yyyy-MM-dd HH:mm:ss with a UTC offset",
        BarFileFormat.InvestingCom => "a date as MM/dd/yyyy",
        BarFileFormat.TradingView => "a date as yyyy-MM-dd, an ISO-8601 time with a UTC offset, or Unix seconds",
        _ => "a New York time as yyyy-MM-dd HH:mm:ss, or a date as yyyy-MM-dd",
    };

    /// <summary>The layout a first line announces, or null when it matches none (a headerless FirstRate row counts).</summary>
    public static BarFileFormat? Detect(string firstLine)
    {
        var keys = Array.ConvertAll(CsvLine.Split(firstLine), CsvLine.HeaderKey);
        var first = keys[0];
        if (first == "time" && keys.Length >= 2 && keys[1] == "symbol")
        {
            return BarFileFormat.Ticks;
        }

        if (first == "time" && HasOhlc(keys))
        {
            return BarFileFormat.TradingView;
        }

        if (first == "date" && keys.Length >= 2 && keys[1] == "price")
        {
            return BarFileFormat.InvestingCom;
        }

        if (first == "datetime" && HasOhlc(keys))
        {
            return BarFileFormat.Yahoo;
        }

        if (first == "date" && HasOhlc(keys))
        {
            return Array.IndexOf(keys, "adj close") >= 0 ? BarFileFormat.Yahoo : BarFileFormat.Cboe;
        }

        if (first == "date" && keys.Length == 2 && keys[1].Length > 0 && !decimal.TryParse(keys[1], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return BarFileFormat.Cboe;
        }

        if (keys.Length == 5 && first.Length >= 10 && char.IsAsciiDigit(first[0]) && first[4] == '-')
        {
            return BarFileFormat.FirstRate;
        }

        return null;
    }

    /// <summary>Maps the columns of <paramref name="format"/> onto the file's first line, or explains what is missing.</summary>
    public static BarFileLayout Resolve(BarFileFormat format, string firstLine, string path)
    {
        var cells = CsvLine.Split(firstLine);
        var keys = Array.ConvertAll(cells, CsvLine.HeaderKey);
        var names = Array.ConvertAll(cells, c => c.Trim().Trim('\uFEFF').Trim().Trim('"').Trim());
        switch (format)
        {
            case BarFileFormat.FirstRate:
                if (Detect(firstLine) != BarFileFormat.FirstRate)
                {
                    throw HeaderProblem(path, firstLine, "no header: the first line is already a bar, yyyy-MM-dd HH:mm:ss,open,high,low,close");
                }

                return new BarFileLayout(format, false, ["DateTime", "Open", "High", "Low", "Close"], 0, 1, 2, 3, 4);
            case BarFileFormat.Cboe when keys.Length == 2 && keys[0] == "date":
                return new BarFileLayout(format, true, names, 0, -1, 1, 1, 1);
            case BarFileFormat.Cboe:
                return ByName(format, path, firstLine, keys, names, CboeHeader, "date", "close");
            case BarFileFormat.Yahoo:
                return ByName(format, path, firstLine, keys, names, YahooHeader, keys[0] == "datetime" ? "datetime" : "date", "close");
            case BarFileFormat.InvestingCom:
                return ByName(format, path, firstLine, keys, names, InvestingComHeader, "date", "price");
            case BarFileFormat.TradingView:
                return ByName(format, path, firstLine, keys, names, TradingViewHeader, "time", "close");
            case BarFileFormat.Ticks:
                throw new ReplayDataException(
                    $"{path} is a tick file ({TicksHeader}); read it with TickFileReader, not as bars",
                    new ReplayRowProblem(path, 1, "header", CsvLine.Shorten(firstLine), "a bar layout"));
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "must be a concrete layout, not Auto");
        }
    }

    /// <summary>The message for a first line that matches no layout, listing the ones we know.</summary>
    public static ReplayDataException UnknownLayout(string path, string firstLine) => new(
        $"{path}, line 1: the header '{CsvLine.Shorten(firstLine)}' matches no known layout; expected one of: "
        + $"CBOE {CboeHeader}; Yahoo {YahooHeader}; investing.com {InvestingComHeader}; TradingView {TradingViewHeader}; "
        + $"FirstRateData rows without a header (yyyy-MM-dd HH:mm:ss,open,high,low,close); ticks {TicksHeader}. "
        + "Name the layout with the format option if the file is one of these with other column names",
        new ReplayRowProblem(path, 1, "header", CsvLine.Shorten(firstLine), "a known layout"));

    private static bool HasOhlc(string[] keys) =>
        Array.IndexOf(keys, "open") >= 0 && Array.IndexOf(keys, "high") >= 0 && Array.IndexOf(keys, "low") >= 0 && Array.IndexOf(keys, "close") >= 0;

    private static BarFileLayout ByName(
        BarFileFormat format, string path, string firstLine, string[] keys, string[] names, string expectedHeader, string dateKey, string closeKey)
    {
        var missing = new List<string>();
        int Find(string key)
        {
            var index = Array.IndexOf(keys, key);
            if (index < 0)
            {
                missing.Add(key);
            }

            return index;
        }

        var date = Find(dateKey);
        var open = Find("open");
        var high = Find("high");
        var low = Find("low");
        var close = Find(closeKey);
        if (missing.Count > 0)
        {
            throw HeaderProblem(
                path,
                firstLine,
                $"a {format} header with the column(s) {string.Join(", ", missing)}: {expectedHeader}");
        }

        return new BarFileLayout(format, true, names, date, open, high, low, close);
    }

    private static ReplayDataException HeaderProblem(string path, string firstLine, string expected) =>
        new(new ReplayRowProblem(path, 1, "header", CsvLine.Shorten(firstLine), expected));
}
