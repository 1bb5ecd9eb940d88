using NodaTime;
using VixShield.Live.Adapters.Replay.Parsing;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Adapters.Tests.Replay;

/// <summary>Good and bad rows, in memory: every problem names the file, line, field and value.</summary>
public sealed partial class BarFileReaderTests
{
    private const string CboeHeader = "DATE,OPEN,HIGH,LOW,CLOSE";

    [Fact]
    public void Read_GoodCboeRows_ParsesBothDateFormsIntoSessions()
    {
        var sut = ReadText("vix.csv", CboeHeader, "01/02/2024,13.21,14.23,13.10,13.20", "2024-01-03,13.38,14.22,13.36,14.04");

        Assert.Equal(2, sut.Bars.Count);
        Assert.Equal(MarketSymbol.Vix, sut.Symbol);
        Assert.Equal(new Bar(MarketSymbol.Vix, BarPeriod.Daily, new LocalDate(2024, 1, 2), Instant.FromUtc(2024, 1, 2, 14, 30),
            Instant.FromUtc(2024, 1, 2, 21, 0), 13.21m, 14.23m, 13.10m, 13.20m), sut.Bars[0]);
        Assert.Equal(new LocalDate(2024, 1, 3), sut.Bars[1].TradeDate);
    }

    [Theory]
    [InlineData("01/02/2024,13.21,14.2x,13.10,13.20", "HIGH", "14.2x", "a number")]
    [InlineData("01/32/2024,13.21,14.23,13.10,13.20", "DATE", "01/32/2024", "a date as MM/dd/yyyy or yyyy-MM-dd")]
    [InlineData("01/02/2024,13.21,14.23,13.10", "row", "01/02/2024,13.21,14.23,13.10", "5 comma-separated fields")]
    [InlineData("01/02/2024,13.21,14.23,13.10,0", "CLOSE", "0", "a positive price")]
    [InlineData("01/02/2024,13.21,14.23,-13.10,13.20", "LOW", "-13.10", "a positive price")]
    [InlineData("01/02/2024,13.21,13.00,13.10,13.05", "HIGH", "13.00", "a high at or above the low 13.10")]
    [InlineData("12/25/2023,13.21,14.23,13.10,13.20", "DATE", "12/25/2023", "an NYSE trading day (2023-12-25 is a weekend or market holiday)")]
    [InlineData("01/06/2024,13.21,14.23,13.10,13.20", "DATE", "01/06/2024", "an NYSE trading day")]
    public void Read_BadRowUnderStop_ThrowsNamingFileLineFieldAndValue(string row, string field, string value, string expected)
    {
        var thrown = Assert.Throws<ReplayDataException>(() =>
            ReadText("vix.csv", CboeHeader, "12/29/2023,12.50,13.00,12.30,12.45", row));

        var problem = thrown.Problem!;
        Assert.Equal("vix.csv", problem.FilePath);
        Assert.Equal(3, problem.LineNumber);
        Assert.Equal(field, problem.Field);
        Assert.Equal(value, problem.Value);
        Assert.Contains(expected, problem.Expected, StringComparison.Ordinal);
        Assert.StartsWith($"vix.csv, line 3, field {field}: '{value}'", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadRowsUnderSkip_CountsEachAndKeepsTheRest()
    {
        var sut = ReadText(
            "vix.csv",
            BadRowPolicy.Skip,
            CboeHeader,
            "01/02/2024,13.21,14.23,13.10,13.20",
            "01/03/2024,abc,14.22,13.36,14.04",
            "01/04/2024,14.0,14.5,13.9,14.1",
            "01/04/2024,14.0,14.5,13.9,14.1",
            "01/03/2024,14.0,14.5,13.9,14.1",
            "01/05/2024,14.0,14.5,13.9,14.1");

        Assert.Equal(6, sut.DataRowCount);
        Assert.Equal([new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 4), new LocalDate(2024, 1, 5)], sut.Bars.Select(bar => bar.TradeDate));
        Assert.Equal([3, 5, 6], sut.Problems.Select(problem => problem.LineNumber));
        Assert.Equal("OPEN", sut.Problems[0].Field);
        Assert.Contains("line 4 already has 01/04/2024", sut.Problems[1].Expected, StringComparison.Ordinal);
        Assert.Contains("oldest first; line 4 has the later 01/04/2024", sut.Problems[2].Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnsortedRowsUnderStop_ThrowsNamingBothLines()
    {
        var thrown = Assert.Throws<ReplayDataException>(() =>
            ReadText("vix.csv", CboeHeader, "01/03/2024,13.21,14.23,13.10,13.20", "01/02/2024,13.38,14.22,13.36,14.04"));

        Assert.Equal(3, thrown.Problem!.LineNumber);
        Assert.Contains("line 2 has the later 01/03/2024", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvestingComInAscendingOrder_IsUnsortedForThatLayout()
    {
        var thrown = Assert.Throws<ReplayDataException>(() => ReadText(
            "spx.csv",
            "\"Date\",\"Price\",\"Open\",\"High\",\"Low\",\"Vol.\",\"Change %\"",
            "\"01/02/2024\",\"4,742.83\",\"4,745.20\",\"4,754.33\",\"4,722.67\",\"3.74B\",\"-0.57%\"",
            "\"01/03/2024\",\"4,704.81\",\"4,725.07\",\"4,729.29\",\"4,699.71\",\"3.95B\",\"-0.80%\""));

        Assert.Contains("newest first", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(3, thrown.Problem!.LineNumber);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public void Read_EmptyFile_ThrowsSayingItIsEmpty(string content)
    {
        var thrown = Assert.Throws<ReplayDataException>(() =>
            BarFileReader.Read(new StringReader(content), "vix.csv", new BarFileReadOptions()));

        Assert.Contains("vix.csv is empty", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderWithoutRows_ThrowsSayingThereAreNoRows()
    {
        var thrown = Assert.Throws<ReplayDataException>(() => ReadText("vix.csv", CboeHeader));

        Assert.Contains("no data rows", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownHeader_ThrowsListingTheKnownLayouts()
    {
        var thrown = Assert.Throws<ReplayDataException>(() => ReadText("vix.csv", "when,value", "2024-01-02,13.2"));

        Assert.Contains("'when,value' matches no known layout", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("DATE,OPEN,HIGH,LOW,CLOSE", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("time,symbol,bid,ask,last", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ForcedFormatWithMissingColumns_ThrowsNamingThem()
    {
        var options = new BarFileReadOptions { Format = BarFileFormat.Yahoo };

        var thrown = Assert.Throws<ReplayDataException>(() =>
            BarFileReader.Read(new StringReader("Date,Open,Close\n2024-01-02,1,2\n"), "spx.csv", options));

        Assert.Equal("header", thrown.Problem!.Field);
        Assert.Contains("high, low", thrown.Problem.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TickFileAsBars_PointsToTheTickReader()
    {
        var thrown = Assert.Throws<ReplayDataException>(() =>
            ReadText("tape.csv", "time,symbol,bid,ask,last", "2024-01-02T09:30:00-05:00,SPX,,,4700"));

        Assert.Contains("TickFileReader", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownInstrument_AsksForTheSymbol()
    {
        var thrown = Assert.Throws<ReplayDataException>(() => ReadText("history.csv", CboeHeader, "01/02/2024,13.21,14.23,13.10,13.20"));

        Assert.Contains("cannot tell which instrument history.csv holds", thrown.Message, StringComparison.Ordinal);
        Assert.Contains(MarketSymbols.AllowedNames, thrown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vix9d_daily.csv", MarketSymbol.Vix9d)]
    [InlineData("VIX3M_History.csv", MarketSymbol.Vix3m)]
    [InlineData("^GSPC.csv", MarketSymbol.Spx)]
    [InlineData("spx_daily_yahoo_GSPC.csv", MarketSymbol.Spx)]
    [InlineData("VXV.csv", MarketSymbol.Vix3m)]
    public void Read_SymbolInFileName_IsInferred(string fileName, MarketSymbol expected)
    {
        var sut = ReadText(fileName, CboeHeader, "01/02/2024,13.21,14.23,13.10,13.20");

        Assert.Equal(expected, sut.Symbol);
    }

    [Fact]
    public void Read_TwoSymbolsInFileName_AsksForTheSymbol()
    {
        Assert.Throws<ReplayDataException>(() => ReadText("vix_vs_spx.csv", CboeHeader, "01/02/2024,13.21,14.23,13.10,13.20"));
    }

    [Fact]
    public void Read_ExplicitSymbol_WinsOverTheFileName()
    {
        var sut = BarFileReader.Read(
            new StringReader(CboeHeader + "\n01/02/2024,13.21,14.23,13.10,13.20\n"), "vix.csv", new BarFileReadOptions { Symbol = MarketSymbol.Vix6m });

        Assert.Equal(MarketSymbol.Vix6m, sut.Symbol);
    }

    [Fact]
    public void Read_OpenOrCloseOutsideRange_WidensTheRangeAndRecordsIt()
    {
        var sut = ReadText("vix.csv", CboeHeader, "01/02/2024,14.50,14.23,13.10,13.00");

        var bar = Assert.Single(sut.Bars);
        Assert.Equal((14.50m, 13.00m), (bar.High, bar.Low));
        var repair = Assert.Single(sut.Repairs);
        Assert.Equal((2, BarRepairKind.RangeWidened), (repair.LineNumber, repair.Kind));
    }

    [Fact]
    public void Read_ZeroOpen_TakesThePreviousCloseClampedIntoTheRange()
    {
        var sut = ReadText(
            "spx.csv",
            "Date,Open,High,Low,Close,Adj Close,Volume",
            "1970-01-02,0.0,93.54,91.79,93.00,93.00,8050000",
            "1970-01-05,0.0,94.25,92.53,93.46,93.46,11490000",
            "1970-01-06,0.0,93.81,92.13,92.82,92.82,11460000",
            "1970-01-07,0.0,95.00,94.00,94.50,94.50,11460000");

        Assert.Equal([93.00m, 93.00m, 93.46m, 94.00m], sut.Bars.Select(bar => bar.Open));
        Assert.Equal(4, sut.Repairs.Count);
        Assert.All(sut.Repairs, repair => Assert.Equal(BarRepairKind.MissingOpenFilled, repair.Kind));
    }

    [Fact]
    public void Read_CloseOnlyCboe_TakesTheSymbolFromTheHeader()
    {
        var sut = ReadText("history.csv", "DATE,VVIX", "01/02/2024,82.40", "01/03/2024,85.10");

        Assert.Equal(MarketSymbol.Vvix, sut.Symbol);
        Assert.Equal(new[] { 82.40m, 82.40m, 82.40m, 82.40m }, new[] { sut.Bars[0].Open, sut.Bars[0].High, sut.Bars[0].Low, sut.Bars[0].Close });
    }

    [Theory]
    [InlineData("2024-01-02,930.5,930.5,930.5,930.5,,", "close")]
    [InlineData("2024-01-02,-1,-1,-1,-1,,", "close")]
    public void Read_BreadthNotAWholeCount_IsAProblem(string row, string field)
    {
        var thrown = Assert.Throws<ReplayDataException>(() => ReadText("ADV.csv", "time,open,high,low,close,Volume,Volume MA", row));

        Assert.Equal(field, thrown.Problem!.Field);
        Assert.Contains("whole, non-negative count", thrown.Problem.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FirstRateBarOffTheGrid_IsAProblemNamingTheGrid()
    {
        var sut = ReadText(
            "spx_1min.csv",
            BadRowPolicy.Skip,
            "2024-01-02 09:30:00,1,2,1,2",
            "2024-01-02 09:31:00,1,2,1,2",
            "2024-01-02 09:31:30,1,2,1,2",
            "2024-01-02 09:32:00,1,2,1,2",
            "2024-01-02 09:33:00,1,2,1,2",
            "2024-01-02 09:34:00,1,2,1,2");

        Assert.Equal(BarPeriod.OneMinute, sut.Period);
        Assert.Equal(5, sut.Bars.Count);
        var problem = Assert.Single(sut.Problems);
        Assert.Equal((3, "DateTime"), (problem.LineNumber, problem.Field));
        Assert.Contains("1-minute grid", problem.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FirstRateOnAWeekend_IsAProblem()
    {
        var thrown = Assert.Throws<ReplayDataException>(() => ReadText("spx_1min.csv", "2024-01-06 09:30:00,1,2,1,2", "2024-01-06 09:31:00,1,2,1,2"));

        Assert.Equal(1, thrown.Problem!.LineNumber);
        Assert.Contains("2024-01-06 is a weekend or market holiday", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DailyRowInIntradayFile_IsAProblem()
    {
        var thrown = Assert.Throws<ReplayDataException>(() =>
            ReadText("spx_1min.csv", "2024-01-02 09:30:00,1,2,1,2", "2024-01-03,1,2,1,2"));

        Assert.Equal(2, thrown.Problem!.LineNumber);
        Assert.Contains("an intraday time like the rows before it", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TradingViewIsoTimesWithOffset_AreIntradayBars()
    {
        var sut = ReadText(
            "spx.csv",
            "time,open,high,low,close",
            "2024-01-02T09:30:00-05:00,1,2,1,2",
            "2024-01-02T09:35:00-05:00,1,2,1,2",
            "1704206400,1,2,1,2");

        Assert.Equal(BarPeriod.FiveMinutes, sut.Period);
        Assert.Equal(Instant.FromUtc(2024, 1, 2, 14, 30), sut.Bars[0].Start);
        Assert.Equal(Instant.FromUtc(2024, 1, 2, 14, 40), sut.Bars[2].Start);
    }

    private static BarSeries ReadText(string name, params string[] lines) => ReadText(name, BadRowPolicy.Stop, lines);

    private static BarSeries ReadText(string name, BadRowPolicy policy, params string[] lines) =>
        BarFileReader.Read(new StringReader(string.Join("\n", lines) + "\n"), name, new BarFileReadOptions { BadRowPolicy = policy });
}
