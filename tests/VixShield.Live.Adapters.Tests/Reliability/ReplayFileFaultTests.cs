using System.Globalization;
using System.Text;
using NodaTime;
using VixShield.Live.Adapters.Replay.Parsing;
using VixShield.Live.Domain.Calendar;

namespace VixShield.Live.Adapters.Tests.Reliability;

/// <summary>The same faults in every documented layout: empty file, header only, wrong column count, impossible date,
/// unsorted rows, duplicate rows, times beyond the calendar; and a file of about 50 MB. Each fault is a
/// <see cref="ReplayDataException"/> whose problem names the file, the physical line and the field.</summary>
public sealed class ReplayFileFaultTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("vixshield-replay-faults-").FullName;

    /// <summary>One layout: its file name, header (null when headerless), two rows in file order, a row with a bad date and the date column's name.</summary>
    public static TheoryData<string> Layouts => new(Layout.All.Keys);

    public static TheoryData<string> LayoutsWithHeader => new(Layout.All.Where(pair => pair.Value.Header is not null).Select(pair => pair.Key));

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Read_EmptyBlankOrByteOrderMarkOnlyFile_IsRefusedNamingTheFile(string layoutName)
    {
        var layout = Layout.All[layoutName];
        var path = Path.Combine(directory, layout.FileName);

        foreach (var bytes in new[] { Array.Empty<byte>(), "\n\n   \r\n"u8.ToArray(), [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, (byte)'\n'] })
        {
            File.WriteAllBytes(path, bytes);

            var thrown = Assert.Throws<ReplayDataException>(() =>
            {
                if (layout.IsTicks)
                {
                    TickFileReader.Read(path, BadRowPolicy.Skip);
                }
                else
                {
                    BarFileReader.Read(path, new BarFileReadOptions { BadRowPolicy = BadRowPolicy.Skip });
                }
            });

            Assert.Equal((path, "file"), (thrown.Problem?.FilePath, thrown.Problem?.Field));
            Assert.Contains("empty", thrown.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(LayoutsWithHeader))]
    public void Read_HeaderWithoutRows_IsRefusedNamingTheFile(string layoutName)
    {
        var layout = Layout.All[layoutName];

        var problem = ReadExpectingProblem(layout, layout.Header + "\n");

        Assert.Equal((layout.FileName, "file"), (problem.FilePath, problem.Field));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Read_RowWithAMissingColumn_IsRefusedAtItsLine(string layoutName)
    {
        var layout = Layout.All[layoutName];
        var broken = string.Join(",", CsvFields(layout.Later).SkipLast(1));

        var problem = ReadExpectingProblem(layout, layout.Text(layout.Earlier, broken));

        Assert.Equal((layout.FileName, layout.LineOf(1), "row"), (problem.FilePath, problem.LineNumber, problem.Field));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Read_ImpossibleDate_IsRefusedAtItsLineNamingTheDateColumn(string layoutName)
    {
        var layout = Layout.All[layoutName];

        var problem = ReadExpectingProblem(layout, layout.Text(layout.Earlier, layout.BadDate));

        Assert.Equal((layout.LineOf(1), layout.DateField), (problem.LineNumber, problem.Field));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Read_RowsInTheWrongOrder_AreRefusedAtTheSecondRow(string layoutName)
    {
        var layout = Layout.All[layoutName];

        var problem = ReadExpectingProblem(layout, layout.Text(layout.Later, layout.Earlier));

        Assert.Equal((layout.LineOf(1), layout.DateField), (problem.LineNumber, problem.Field));
        Assert.Contains($"line {layout.LineOf(0)}", problem.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Read_DuplicateRow_IsRefusedAtTheRepeat(string layoutName)
    {
        var layout = Layout.All[layoutName];
        if (layout.IsTicks)
        {
            // Equal times are allowed in a tape (several instruments tick at once), so a repeated tick is not an error.
            var series = TickFileReader.Read(new StringReader(layout.Text(layout.Earlier, layout.Earlier)), layout.FileName, BadRowPolicy.Stop);
            Assert.Equal(2, series.Quotes.Count);
            return;
        }

        var problem = ReadExpectingProblem(layout, layout.Text(layout.Earlier, layout.Earlier));

        Assert.Equal((layout.LineOf(1), layout.DateField), (problem.LineNumber, problem.Field));
        Assert.Contains($"line {layout.LineOf(0)} already has", problem.Expected, StringComparison.Ordinal);
    }

    /// <summary>Times whose UTC instant falls after 9999-12-31 parse in every offset-carrying layout but cannot become an
    /// instant; they must be a row problem like any other bad time, not an unhandled OverflowException.</summary>
    [Theory]
    [InlineData("yahoo", "9999-12-31 20:00:00-05:00,4745.20,4754.33,4722.67,4742.83,4742.83,0")]
    [InlineData("tradingview", "9999-12-31T20:00:00-05:00,1500,1500,1500,1500,,")]
    [InlineData("firstrate", "9999-12-31 23:00:00,4745.2,4746,4744,4745.5")]
    [InlineData("ticks", "9999-12-31T23:59:59-18:00,SPX,,,5150.25")]
    public void Read_TimeAfterTheLastRepresentableInstant_IsARowProblemAtItsLine(string layoutName, string row)
    {
        var layout = Layout.All[layoutName];

        var problem = ReadExpectingProblem(layout, layout.Text(layout.Earlier, row));

        Assert.Equal((layout.LineOf(1), layout.DateField), (problem.LineNumber, problem.Field));
    }

    [Fact]
    public void Read_FiftyMegabyteTickFileWithOneBadRowNearTheEnd_ReadsEveryRowAndNamesTheBadLine()
    {
        var path = Path.Combine(directory, "big_tape.csv");
        var (rows, badLine) = WriteBigTape(path, targetBytes: 50L * 1024 * 1024);
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var sut = TickFileReader.Read(path, BadRowPolicy.Skip);
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        var stopped = Assert.Throws<ReplayDataException>(() => TickFileReader.Read(path, BadRowPolicy.Stop));

        Assert.True(new FileInfo(path).Length >= 50L * 1024 * 1024);
        Assert.Equal(rows, sut.DataRowCount);
        Assert.Equal(rows - 1, sut.Quotes.Count);
        var problem = Assert.Single(sut.Problems);
        Assert.Equal((badLine, "last"), (problem.LineNumber, problem.Field));
        Assert.Equal(problem, stopped.Problem);
        Assert.StartsWith($"{path}, line {badLine.ToString(CultureInfo.InvariantCulture)}, field last", stopped.Message, StringComparison.Ordinal);
        Assert.True(retained < 400L * 1024 * 1024, $"{rows} quotes keep {retained / 1024 / 1024} MB alive");
        GC.KeepAlive(sut);
    }

    [Fact]
    public void Read_FiftyMegabyteMinuteBarFile_ReadsEveryBarInOrder()
    {
        var path = Path.Combine(directory, "spx_1min_big.csv");
        var (rows, first, last) = WriteBigMinuteBars(path, targetBytes: 50L * 1024 * 1024);

        var sut = BarFileReader.Read(path, new BarFileReadOptions());

        Assert.True(new FileInfo(path).Length >= 50L * 1024 * 1024);
        Assert.Equal(rows, sut.Bars.Count);
        Assert.Equal(VixShield.Live.Domain.MarketData.BarPeriod.OneMinute, sut.Period);
        Assert.Equal((first, last), (sut.Bars[0].Start, sut.Bars[^1].Start));
        Assert.Empty(sut.Problems);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static string[] CsvFields(string row) => row.Split(',');

    private static ReplayRowProblem ReadExpectingProblem(Layout layout, string text)
    {
        var thrown = Assert.Throws<ReplayDataException>(() =>
        {
            if (layout.IsTicks)
            {
                TickFileReader.Read(new StringReader(text), layout.FileName, BadRowPolicy.Stop);
            }
            else
            {
                BarFileReader.Read(new StringReader(text), layout.FileName, new BarFileReadOptions());
            }
        });
        Assert.NotNull(thrown.Problem);
        Assert.Contains(layout.FileName, thrown.Message, StringComparison.Ordinal);
        return thrown.Problem!;
    }

    /// <summary>A tape of SPX/VIX ticks four a second through consecutive sessions, with a negative last on the
    /// second-to-last row. Returns the data row count and the bad row's physical line.</summary>
    private static (int Rows, int BadLine) WriteBigTape(string path, long targetBytes)
    {
        var random = new Random(7);
        var time = new DateTimeOffset(2024, 3, 15, 9, 30, 0, TimeSpan.FromHours(-4));
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        writer.Write("time,symbol,bid,ask,last\n");
        var spx = 5150m;
        var rows = 0;
        while (writer.BaseStream.Length < targetBytes)
        {
            time = time.AddMilliseconds(250);
            spx = Math.Round(spx + (decimal)(random.NextDouble() - 0.5), 2);
            writer.Write(time.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture));
            writer.Write(rows % 2 == 0 ? ",SPX,,," : ",VIX,,,");
            writer.Write((rows % 2 == 0 ? spx : 14.41m).ToString(CultureInfo.InvariantCulture));
            writer.Write('\n');
            rows++;
        }

        time = time.AddMilliseconds(250);
        writer.Write(time.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture) + ",SPX,,,-5150\n");
        writer.Write(time.AddMilliseconds(250).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture) + ",SPX,,,5150\n");
        return (rows + 2, rows + 2);
    }

    /// <summary>FirstRateData-style 1-minute SPX bars (no header) over consecutive NYSE sessions until the file is big enough.</summary>
    private static (int Rows, Instant First, Instant Last) WriteBigMinuteBars(string path, long targetBytes)
    {
        var calendar = new NyseTradingCalendar();
        var date = new LocalDate(2015, 1, 2);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        var rows = 0;
        Instant? first = null;
        var last = Instant.MinValue;
        var price = 2000m;
        while (writer.BaseStream.Length < targetBytes)
        {
            var session = calendar.GetSession(date)!;
            for (var start = session.Open; start < session.Close; start += Duration.FromMinutes(1))
            {
                var local = start.InZone(calendar.Zone).LocalDateTime;
                price += 0.25m;
                writer.Write(local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                writer.Write(string.Create(CultureInfo.InvariantCulture, $",{price},{price + 1m},{price - 1m},{price + 0.5m}\n"));
                first ??= start;
                last = start;
                rows++;
            }

            date = calendar.NextTradingDay(date);
        }

        return (rows, first!.Value, last);
    }

    private sealed record Layout(string FileName, string? Header, string Earlier, string Later, string BadDate, string DateField, bool IsTicks = false)
    {
        public static readonly IReadOnlyDictionary<string, Layout> All = new Dictionary<string, Layout>(StringComparer.Ordinal)
        {
            ["cboe"] = new("vix_daily.csv", "DATE,OPEN,HIGH,LOW,CLOSE",
                "01/02/2024,13.21,14.23,13.10,13.20", "01/03/2024,13.38,14.22,13.36,14.04", "02/30/2024,13.38,14.22,13.36,14.04", "DATE"),
            ["close-only"] = new("vvix_daily.csv", "DATE,VVIX", "01/02/2024,80.10", "01/03/2024,81.20", "2024-13-03,81.20", "DATE"),
            ["yahoo"] = new("spx_yahoo.csv", "Date,Open,High,Low,Close,Adj Close,Volume",
                "2024-01-02,4745.20,4754.33,4722.67,4742.83,4742.83,3743050000", "2024-01-03,4725.07,4729.29,4699.71,4704.81,4704.81,3950760000",
                "2024-01-32,4725.07,4729.29,4699.71,4704.81,4704.81,3950760000", "Date"),
            ["investing"] = new("spx_investing.csv", "\"Date\",\"Price\",\"Open\",\"High\",\"Low\",\"Vol.\",\"Change %\"",
                "\"01/03/2024\",\"4,704.81\",\"4,725.07\",\"4,729.29\",\"4,699.71\",\"3.95B\",\"-0.80%\"",
                "\"01/02/2024\",\"4,742.83\",\"4,745.20\",\"4,754.33\",\"4,722.67\",\"3.74B\",\"-0.57%\"",
                "\"2024-01-02\",\"4,742.83\",\"4,745.20\",\"4,754.33\",\"4,722.67\",\"3.74B\",\"-0.57%\"", "Date"),
            ["tradingview"] = new("nyse_ADV.csv", "time,open,high,low,close,Volume,Volume MA",
                "2024-01-02,1500,1500,1500,1500,,", "2024-01-03,1400,1400,1400,1400,,", "2024-01-00,1400,1400,1400,1400,,", "time"),
            ["firstrate"] = new("spx_1min_firstrate.csv", null,
                "2024-01-02 09:30:00,4745.2,4746,4744,4745.5", "2024-01-02 09:31:00,4745.5,4747,4745,4746", "2024-01-02 24:31:00,4745.5,4747,4745,4746", "DateTime"),
            ["ticks"] = new("tape.csv", "time,symbol,bid,ask,last",
                "2024-03-15T09:30:00.000-04:00,SPX,,,5150.25", "2024-03-15T09:30:01.000-04:00,SPX,,,5150.5", "2024-03-15T25:30:01-04:00,SPX,,,5150.5", "time", IsTicks: true),
        };

        /// <summary>The physical line of data row <paramref name="row"/> (0-based).</summary>
        public int LineOf(int row) => row + (Header is null ? 1 : 2);

        public string Text(params string[] rows) => string.Join("\n", Header is null ? rows : [Header, .. rows]) + "\n";
    }
}
