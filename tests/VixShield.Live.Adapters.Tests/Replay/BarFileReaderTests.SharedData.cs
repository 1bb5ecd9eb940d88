using NodaTime;
using VixShield.Live.Adapters.Replay.Parsing;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Testing;

namespace VixShield.Live.Adapters.Tests.Replay;

/// <summary>Every real layout in ../shared/data loads, with the row counts PROVENANCE.md states.</summary>
public sealed partial class BarFileReaderTests
{
    private static readonly BarFileReadOptions Strict = new();
    private static readonly BarFileReadOptions Lenient = new() { BadRowPolicy = BadRowPolicy.Skip };
    private static readonly NyseTradingCalendar Calendar = new();

    [Theory]
    [InlineData("vix3m_daily_cboe_2009_2026.csv", MarketSymbol.Vix3m, 4235, "2009-09-18", "2026-07-22")]
    [InlineData("vix9d_daily_cboe_2011_2026.csv", MarketSymbol.Vix9d, 3909, "2011-01-04", "2026-07-22")]
    [InlineData("vvix_daily_cboe_2006_2026.csv", MarketSymbol.Vvix, 5066, "2006-03-06", "2026-07-22")]
    public void Read_CboeHistory_ReadsEveryRowWithInferredSymbol(string file, MarketSymbol symbol, int rows, string first, string last)
    {
        var sut = BarFileReader.Read(SharedData.Path("vix", file), Strict);

        Assert.Equal(BarFileFormat.Cboe, sut.Format);
        Assert.Equal(symbol, sut.Symbol);
        Assert.Equal(BarPeriod.Daily, sut.Period);
        Assert.Equal(rows, sut.DataRowCount);
        Assert.Equal(rows, sut.Bars.Count);
        Assert.Empty(sut.Problems);
        Assert.Equal(first, sut.Bars[0].TradeDate.ToString("uuuu-MM-dd", null));
        Assert.Equal(last, sut.Bars[^1].TradeDate.ToString("uuuu-MM-dd", null));
        Assert.All(sut.Bars, bar => Assert.True(bar.Low <= Math.Min(bar.Open, bar.Close) && bar.High >= Math.Max(bar.Open, bar.Close)));
    }

    /// <summary>The VIX history has 33 rows on days the NYSE was closed: 2004-06-11 (President Reagan's funeral) and,
    /// from 2022-05-30 on, US holidays on which Cboe published VIX from its global trading hours session. They are row
    /// problems like any other closed-day row: reported and skipped, or an error under Stop.</summary>
    [Fact]
    public void Read_CboeVixHistory_ReportsTheRowsOnNyseClosedDays()
    {
        var path = SharedData.Path("vix", "vix_daily_cboe_1990_2026.csv");

        var sut = BarFileReader.Read(path, Lenient);

        Assert.Equal(MarketSymbol.Vix, sut.Symbol);
        Assert.Equal(9235, sut.DataRowCount);
        Assert.Equal(9235 - 33, sut.Bars.Count);
        Assert.Equal(33, sut.Problems.Count);
        Assert.All(sut.Problems, problem => Assert.Equal("DATE", problem.Field));
        Assert.Equal(("2004-06-11", 3641), (sut.Problems[0].Value, sut.Problems[0].LineNumber));
        Assert.All(sut.Problems.Skip(1), problem => Assert.True(string.CompareOrdinal(problem.Value, "2022-05-30") >= 0, problem.ToString()));
        Assert.Contains(sut.Problems, problem => problem.Value == "2024-11-28");
        Assert.Equal(new LocalDate(1990, 1, 2), sut.Bars[0].TradeDate);
        Assert.Equal(new LocalDate(2026, 7, 23), sut.Bars[^1].TradeDate);
        var thrown = Assert.Throws<ReplayDataException>(() => BarFileReader.Read(path, Strict));
        Assert.Equal(sut.Problems[0], thrown.Problem);
    }

    [Fact]
    public void Read_CboeVixHistory_WidensThe47OpenCloseOutsideRangeRows()
    {
        var sut = BarFileReader.Read(SharedData.Path("vix", "vix_daily_cboe_1990_2026.csv"), Lenient);

        var widened = sut.Repairs.Where(repair => repair.Kind == BarRepairKind.RangeWidened).ToList();
        Assert.Equal(47, widened.Count);
        Assert.Equal(47, sut.Repairs.Count);
    }

    [Fact]
    public void Read_CboeVix6mWithHighBelowLow_SkipsThatRowAndNamesIt()
    {
        var path = SharedData.Path("vix", "vix6m_daily_cboe_2008_2026.csv");

        var sut = BarFileReader.Read(path, Lenient);

        Assert.Equal(4607, sut.DataRowCount);
        Assert.Equal(4606, sut.Bars.Count);
        var problem = Assert.Single(sut.Problems);
        Assert.Equal("HIGH", problem.Field);
        Assert.Equal("15.870000", problem.Value);
        Assert.Contains("07/05/2019", File.ReadLines(path).ElementAt(problem.LineNumber - 1), StringComparison.Ordinal);
        var thrown = Assert.Throws<ReplayDataException>(() => BarFileReader.Read(path, Strict));
        Assert.Equal(problem, thrown.Problem);
    }

    [Fact]
    public void Read_CboeSkewCloseOnly_AsksForASymbolAndReadsWithOne()
    {
        var path = SharedData.Path("vix", "skew_daily_cboe_1990_2026.csv");

        var thrown = Assert.Throws<ReplayDataException>(() => BarFileReader.Read(path, Strict));
        var sut = BarFileReader.Read(path, Strict with { Symbol = MarketSymbol.Vvix });

        Assert.Contains("'SKEW'", thrown.Message, StringComparison.Ordinal);
        Assert.Contains(MarketSymbols.AllowedNames, thrown.Message, StringComparison.Ordinal);
        Assert.Equal(9189, sut.Bars.Count);
        Assert.All(sut.Bars, bar => Assert.True(bar.Open == bar.Close && bar.High == bar.Close && bar.Low == bar.Close));
    }

    /// <summary>The calendar applies today's holiday rules to every year, so the 86 pre-1971 sessions held on what are
    /// now holidays (Washington's Birthday and Memorial Day before the 1971 Monday-holiday act, Thanksgiving before 1942,
    /// some July 3 and December 24 sessions) are reported, not silently loaded on a closed day.</summary>
    [Fact]
    public void Read_YahooGspc_LoadsEveryRowTheCalendarAcceptsAndFillsMissingOpens()
    {
        var sut = BarFileReader.Read(SharedData.Path("spx", "spx_daily_yahoo_GSPC_1927_2023.csv"), Lenient);

        Assert.Equal(BarFileFormat.Yahoo, sut.Format);
        Assert.Equal(MarketSymbol.Spx, sut.Symbol);
        Assert.Equal(24114, sut.DataRowCount);
        Assert.Equal(sut.DataRowCount, sut.Bars.Count + sut.Problems.Count);
        Assert.Equal(86, sut.Problems.Count);
        Assert.All(sut.Problems, problem => Assert.Contains("NYSE trading day", problem.Expected, StringComparison.Ordinal));
        Assert.All(sut.Problems, problem => Assert.True(string.CompareOrdinal(problem.Value, "1971-01-01") < 0, problem.ToString()));
        var skippedInZeroOpenYears = sut.Problems.Count(problem =>
            string.CompareOrdinal(problem.Value, "1962-01-02") >= 0 && string.CompareOrdinal(problem.Value, "1982-04-19") <= 0);
        Assert.Equal(5075, sut.Repairs.Count(repair => repair.Kind == BarRepairKind.MissingOpenFilled) + skippedInZeroOpenYears);
        Assert.All(sut.Bars, bar => Assert.True(bar.Open > 0m && bar.Low <= bar.Open && bar.Open <= bar.High));
    }

    [Fact]
    public void Read_YahooGspcSince1990_HasNoProblems()
    {
        var sut = BarFileReader.Read(SharedData.Path("spx", "spx_daily_yahoo_GSPC_1927_2023.csv"), Lenient);

        Assert.DoesNotContain(sut.Problems, problem => string.CompareOrdinal(problem.Value, "1990-01-01") >= 0);
        Assert.Equal(4783.35009765625m, sut.Bars[^1].Close);
    }

    [Fact]
    public void Read_InvestingComNewestFirst_ReturnsOldestFirstWithThousandsParsed()
    {
        var sut = BarFileReader.Read(SharedData.Path("spx", "spx_daily_investingcom_1990_2026.csv"), Strict);

        Assert.Equal(BarFileFormat.InvestingCom, sut.Format);
        Assert.Equal(MarketSymbol.Spx, sut.Symbol);
        Assert.Equal(9206, sut.Bars.Count);
        Assert.Equal(new LocalDate(1990, 1, 2), sut.Bars[0].TradeDate);
        Assert.Equal(359.70m, sut.Bars[0].Close);
        Assert.Equal(new LocalDate(2026, 7, 23), sut.Bars[^1].TradeDate);
        Assert.Equal(7408.30m, sut.Bars[^1].Close);
        Assert.Equal(7450.12m, sut.Bars[^1].High);
        var repair = Assert.Single(sut.Repairs);
        Assert.Equal(BarRepairKind.RangeWidened, repair.Kind);
        Assert.Contains("10/17/2001", repair.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nyse_ADV_advancing_issues_1991_2026.csv", MarketSymbol.NyseAdvancing, 8515, 1550)]
    [InlineData("nyse_DECL_declining_issues_1991_2026.csv", MarketSymbol.NyseDeclining, 8426, 1152)]
    public void Read_TradingViewBreadth_ReadsCountsForTheInferredSymbol(string file, MarketSymbol symbol, int rows, int lastClose)
    {
        var sut = BarFileReader.Read(SharedData.Path("breadth", file), Strict);

        Assert.Equal(BarFileFormat.TradingView, sut.Format);
        Assert.Equal(symbol, sut.Symbol);
        Assert.Equal(rows, sut.Bars.Count);
        Assert.Equal(lastClose, sut.Bars[^1].Close);
    }

    [Theory]
    [InlineData("spx_1min_firstratedata_2023-03-16_2023-03-31.csv", 4753, BarPeriod.OneMinute, 1)]
    [InlineData("spx_5min_firstratedata_2023-03-16_2023-03-31.csv", 960, BarPeriod.FiveMinutes, 5)]
    public void Read_FirstRateIntraday_InfersPeriodAndUsesNewYorkBarStarts(string file, int rows, BarPeriod period, int minutes)
    {
        var sut = BarFileReader.Read(SharedData.Path("intraday", file), Strict);

        Assert.Equal(BarFileFormat.FirstRate, sut.Format);
        Assert.Equal(MarketSymbol.Spx, sut.Symbol);
        Assert.Equal(period, sut.Period);
        Assert.Equal(rows, sut.Bars.Count);
        Assert.Equal(Instant.FromUtc(2023, 3, 16, 13, 30), sut.Bars[0].Start);
        Assert.Equal(3878.93m, sut.Bars[0].Open);
        Assert.All(sut.Bars, bar => Assert.Equal(Duration.FromMinutes(minutes), bar.End - bar.Start));
        Assert.Equal(Instant.FromUtc(2023, 3, 31, 20, 5), sut.Bars[^1].Start);
    }

    [Fact]
    public void Read_FirstRateDaily_SpansEachSession()
    {
        var sut = BarFileReader.Read(SharedData.Path("intraday", "spx_1day_firstratedata_2023-03-16_2023-03-31.csv"), Strict);

        Assert.Equal(BarPeriod.Daily, sut.Period);
        Assert.Equal(12, sut.Bars.Count);
        Assert.All(sut.Bars, bar =>
        {
            var session = Calendar.GetSession(bar.TradeDate)!;
            Assert.Equal(session.Open, bar.Start);
            Assert.Equal(session.Close, bar.End);
        });
    }

    [Fact]
    public void Read_FirstRateThirtyMinute_RejectsThePeriodByName()
    {
        var path = SharedData.Path("intraday", "spx_30min_firstratedata_2023-03-16_2023-03-31.csv");

        var thrown = Assert.Throws<ReplayDataException>(() => BarFileReader.Read(path, Strict));

        Assert.Contains("30 minutes apart", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("1-minute or 5-minute", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DailyBarOnEarlyClose_EndsAtOnePm()
    {
        var sut = BarFileReader.Read(SharedData.Path("vix", "vix9d_daily_cboe_2011_2026.csv"), Strict);

        var blackFriday = sut.Bars.Single(bar => bar.TradeDate == new LocalDate(2024, 11, 29));
        Assert.Equal(Instant.FromUtc(2024, 11, 29, 14, 30), blackFriday.Start);
        Assert.Equal(Instant.FromUtc(2024, 11, 29, 18, 0), blackFriday.End);
    }

    [Theory]
    [InlineData("vix", "vix_daily_cboe_1990_2026.csv", BarFileFormat.Cboe)]
    [InlineData("vix", "vvix_daily_cboe_2006_2026.csv", BarFileFormat.Cboe)]
    [InlineData("spx", "spx_daily_yahoo_GSPC_1927_2023.csv", BarFileFormat.Yahoo)]
    [InlineData("spx", "spx_daily_investingcom_1990_2026.csv", BarFileFormat.InvestingCom)]
    [InlineData("breadth", "nyse_ADV_advancing_issues_1991_2026.csv", BarFileFormat.TradingView)]
    [InlineData("intraday", "spx_1min_firstratedata_2023-03-16_2023-03-31.csv", BarFileFormat.FirstRate)]
    [InlineData("intraday", "spx_1day_firstratedata_2023-03-16_2023-03-31.csv", BarFileFormat.FirstRate)]
    [InlineData("intraday", "spy_1min_yfinance_2025-07-08_2025-07-14.csv", BarFileFormat.Yahoo)]
    public void DetectFormat_SharedFile_RecognisesItsLayout(string folder, string file, BarFileFormat expected)
    {
        var sut = BarFileReader.DetectFormat(SharedData.Path(folder, file));

        Assert.Equal(expected, sut);
    }
}
