using NodaTime;
using VixShield.Live.Adapters.Replay.Parsing;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Adapters.Tests.Replay;

public sealed class TickFileReaderTests
{
    private const string Header = "time,symbol,bid,ask,last";

    [Fact]
    public void Read_GoodRows_ReturnsQuotesAtTheirInstants()
    {
        var sut = ReadText(
            BadRowPolicy.Stop,
            Header,
            "2024-03-15T09:30:00.250-04:00,SPX,,,5150.25",
            "2024-03-15T09:30:00.250-04:00,VIX,14.40,14.42,",
            "2024-03-15T13:31:00Z,ADV,0,0,1820");

        Assert.Equal(
            [
                new Quote(MarketSymbol.Spx, 0m, 0m, 5150.25m, Instant.FromUtc(2024, 3, 15, 13, 30, 0).PlusNanoseconds(250_000_000), Instant.FromUtc(2024, 3, 15, 13, 30, 0).PlusNanoseconds(250_000_000)),
                new Quote(MarketSymbol.Vix, 14.40m, 14.42m, 0m, Instant.FromUtc(2024, 3, 15, 13, 30, 0).PlusNanoseconds(250_000_000), Instant.FromUtc(2024, 3, 15, 13, 30, 0).PlusNanoseconds(250_000_000)),
                new Quote(MarketSymbol.NyseAdvancing, 0m, 0m, 1820m, Instant.FromUtc(2024, 3, 15, 13, 31), Instant.FromUtc(2024, 3, 15, 13, 31)),
            ],
            sut.Quotes);
        Assert.Equal(3, sut.DataRowCount);
    }

    [Theory]
    [InlineData("2024-03-15 09:30:00,SPX,,,5150.25", "time", "an ISO-8601 time with a UTC offset")]
    [InlineData("2024-03-15T09:30:00-04:00,SPY,,,515.2", "symbol", "one of SPX")]
    [InlineData("2024-03-15T09:30:00-04:00,SPX,5151,5150,", "bid", "a bid at or below the ask 5150")]
    [InlineData("2024-03-15T09:30:00-04:00,SPX,-1,,5150", "bid", "a non-negative price")]
    [InlineData("2024-03-15T09:30:00-04:00,SPX,,,", "last", "a positive price")]
    [InlineData("2024-03-15T09:30:00-04:00,ADV,,,12.5", "last", "a whole, non-negative count")]
    [InlineData("2024-03-15T09:30:00-04:00,SPX,5150", "row", "5 comma-separated fields")]
    [InlineData("2024-03-15T09:29:59-04:00,SPX,,,5150", "time", "times that never decrease; line 2")]
    public void Read_BadRowUnderStop_ThrowsNamingLineAndField(string row, string field, string expected)
    {
        var thrown = Assert.Throws<ReplayDataException>(() =>
            ReadText(BadRowPolicy.Stop, Header, "2024-03-15T09:30:00-04:00,SPX,,,5150", row));

        Assert.Equal(("tape.csv", 3, field), (thrown.Problem!.FilePath, thrown.Problem.LineNumber, thrown.Problem.Field));
        Assert.Contains(expected, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadRowsUnderSkip_KeepsTheGoodOnesAndCountsTheRest()
    {
        var sut = ReadText(
            BadRowPolicy.Skip,
            Header,
            "2024-03-15T09:30:00-04:00,SPX,,,5150",
            "2024-03-15T09:30:01-04:00,XYZ,,,1",
            "2024-03-15T09:29:00-04:00,SPX,,,5150",
            "2024-03-15T09:30:02-04:00,SPX,,,5151");

        Assert.Equal([5150m, 5151m], sut.Quotes.Select(quote => quote.Last));
        Assert.Equal([3, 4], sut.Problems.Select(problem => problem.LineNumber));
        Assert.Equal(4, sut.DataRowCount);
    }

    [Fact]
    public void Read_WrongHeader_ThrowsNamingTheExpectedHeader()
    {
        var thrown = Assert.Throws<ReplayDataException>(() => ReadText(BadRowPolicy.Stop, "time,symbol,price", "x"));

        Assert.Equal("header", thrown.Problem!.Field);
        Assert.Contains(Header, thrown.Message, StringComparison.Ordinal);
    }

    private static TickSeries ReadText(BadRowPolicy policy, params string[] lines) =>
        TickFileReader.Read(new StringReader(string.Join("\n", lines) + "\n"), "tape.csv", policy);
}
