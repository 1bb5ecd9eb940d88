using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using VixShield.Live.Adapters.Replay.Parsing;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Engine.Pipeline;
using VixShield.Live.Hosting;
using VixShield.Live.Testing;

namespace VixShield.Live.Tests.Hosting;

/// <summary>The live warm-up's choice of history, on the real files of <c>shared/data</c> read in place.</summary>
public sealed class HistoryWarmUpTests
{
    private const string Key = "Feed:WarmUp:Files";
    private static readonly NyseTradingCalendar Calendar = new();
    private static readonly string Spx = SharedData.Path("spx", "spx_daily_investingcom_1990_2026.csv");
    private static readonly string Vix = SharedData.Path("vix", "vix_daily_cboe_1990_2026.csv");
    private static readonly string Vix3m = SharedData.Path("vix", "vix3m_daily_cboe_2009_2026.csv");
    private static readonly string Advancing = SharedData.Path("breadth", "nyse_ADV_advancing_issues_1991_2026.csv");
    private static readonly string Declining = SharedData.Path("breadth", "nyse_DECL_declining_issues_1991_2026.csv");

    [Fact]
    public void FromFiles_SpxBeforeAMondayStart_TakesTheLast260SessionsEndingTheFridayBefore()
    {
        var liveDay = new LocalDate(2026, 3, 2);

        var sut = HistoryWarmUp.FromFiles(Key, [Spx], BadRowPolicy.Stop, Calendar, liveDay, staleAfterSessions: 5);

        var series = Assert.Single(sut.Series);
        Assert.Equal(MarketSymbol.Spx, series.Symbol);
        Assert.Equal(HistoryWarmUp.Sessions, series.Daily.Count);
        Assert.Equal(new LocalDate(2026, 2, 27), series.LastDay);
        var expected = new List<LocalDate>();
        for (var day = Calendar.PreviousTradingDay(liveDay); expected.Count < HistoryWarmUp.Sessions; day = Calendar.PreviousTradingDay(day))
        {
            expected.Insert(0, day);
        }

        Assert.Equal(expected, series.Daily.Select(bar => bar.TradeDate));
        Assert.Equal(0, series.SessionsBehind);
        Assert.False(series.IsStale);
        Assert.Equal($"{Key}:0 '{Spx}'", series.Source);
    }

    [Fact]
    public void FromFiles_StartAfterChristmas_SkipsTheHolidayAndIsNotBehind()
    {
        var sut = HistoryWarmUp.FromFiles(Key, [Spx], BadRowPolicy.Stop, Calendar, new LocalDate(2025, 12, 26), staleAfterSessions: 0);

        var series = Assert.Single(sut.Series);
        Assert.Equal(new LocalDate(2025, 12, 24), series.LastDay);
        Assert.DoesNotContain(series.Daily, bar => bar.TradeDate == new LocalDate(2025, 12, 25));
        Assert.Equal(0, series.SessionsBehind);
        Assert.False(series.IsStale);
    }

    [Fact]
    public void FromFiles_CboeVixWithAPrintOnAnNyseHolidayAndBadRowsStop_NamesKeyFileLineFieldAndValue()
    {
        var error = Assert.Throws<ReplayDataException>(() =>
            HistoryWarmUp.FromFiles(Key, [Spx, Vix], BadRowPolicy.Stop, Calendar, new LocalDate(2026, 3, 2), staleAfterSessions: 5));

        Assert.StartsWith($"{Key}:1: {Vix}, line 3641, field DATE: '2004-06-11' is not valid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFiles_CboeVixWithBadRowsSkip_CountsTheSkippedRowsAndEndsBeforeTheStart()
    {
        var sut = HistoryWarmUp.FromFiles(Key, [Vix], BadRowPolicy.Skip, Calendar, new LocalDate(2004, 6, 14), staleAfterSessions: 5);

        var series = Assert.Single(sut.Series);
        Assert.Equal(new LocalDate(2004, 6, 10), series.LastDay);
        Assert.Equal(0, series.SessionsBehind);
        Assert.True(series.SkippedRows > 0);
        Assert.Contains("2004-06-11", series.FirstSkippedRow, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFiles_StartOnAWednesday_BuildsCompletedWeeksOnlyFromTheDailyBars()
    {
        var liveDay = new LocalDate(2026, 3, 4);

        var sut = HistoryWarmUp.FromFiles(Key, [Spx, Advancing], BadRowPolicy.Stop, Calendar, liveDay, staleAfterSessions: 5);

        var daily = sut.Series.Single(s => s.Symbol == MarketSymbol.Spx).Daily;
        var weekly = sut.Bars.Where(bar => bar.Period == BarPeriod.Weekly).ToList();
        Assert.All(weekly, bar => Assert.Equal(MarketSymbol.Spx, bar.Symbol));
        var last = weekly[^1];
        Assert.Equal(new LocalDate(2026, 2, 27), last.TradeDate);
        var lastWeek = daily.Where(bar => bar.TradeDate >= new LocalDate(2026, 2, 23) && bar.TradeDate <= new LocalDate(2026, 2, 27)).ToList();
        Assert.Equal(lastWeek[0].Open, last.Open);
        Assert.Equal(lastWeek.Max(bar => bar.High), last.High);
        Assert.Equal(lastWeek.Min(bar => bar.Low), last.Low);
        Assert.Equal(lastWeek[^1].Close, last.Close);
        Assert.DoesNotContain(weekly, bar => bar.TradeDate >= new LocalDate(2026, 3, 2));
        Assert.Equal(daily.Select(bar => WeekOf(bar.TradeDate)).Distinct().Count() - 1, weekly.Count);
        Assert.Equal(new LocalDate(2026, 3, 3), daily[^1].TradeDate);
        Assert.Equal(sut.Bars.OrderBy(b => b.End).ThenBy(b => b.Period).ThenBy(b => b.Symbol), sut.Bars);
        Assert.DoesNotContain(sut.Bars, bar => bar.Symbol.IsBreadth() && bar.Period == BarPeriod.Weekly);
    }

    [Fact]
    public void Apply_HistoryEndingMonthsBeforeTheStart_WarnsWithTheLastDateAndTheGap()
    {
        var liveDay = new LocalDate(2026, 11, 23);
        var history = HistoryWarmUp.FromFiles(Key, [Spx, Vix3m], BadRowPolicy.Stop, Calendar, liveDay, staleAfterSessions: 5);
        var sink = new RecordingSink();
        using var log = new LoggerConfiguration().WriteTo.Sink(sink).CreateLogger();

        HistoryWarmUp.Apply(CreateLoop(), history, log);

        var spx = history.Series.Single(s => s.Symbol == MarketSymbol.Spx);
        var gap = 0;
        for (var day = Calendar.NextTradingDay(spx.LastDay); day < liveDay; day = Calendar.NextTradingDay(day))
        {
            gap++;
        }

        Assert.True(spx.IsStale);
        Assert.Equal(gap, spx.SessionsBehind);
        Assert.Contains(sink.Lines, line => line.Level == LogEventLevel.Warning
            && line.Text.Contains($"ends on {spx.LastDay:yyyy-MM-dd}, {gap} trading sessions before the live session 2026-11-23", StringComparison.Ordinal)
            && line.Text.Contains(Spx, StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_RecentSpxVixAndBreadth_LogsTheDailyAndWeeklyIndicatorsReady()
    {
        var liveDay = new LocalDate(2026, 5, 26);
        var history = HistoryWarmUp.FromFiles(Key, [Spx, Vix, Advancing, Declining], BadRowPolicy.Skip, Calendar, liveDay, staleAfterSessions: 5);
        var sink = new RecordingSink();
        using var log = new LoggerConfiguration().WriteTo.Sink(sink).CreateLogger();

        var report = HistoryWarmUp.Apply(CreateLoop(), history, log);

        Assert.DoesNotContain(history.Series, series => series.IsStale);
        Assert.All(report.Where(r => !r.Name.StartsWith("SPX 5m", StringComparison.Ordinal) && r.Name != "VIX/VIX3M"), r => Assert.True(r.IsReady, r.Name));
        Assert.Contains(sink.Lines, line => line.Text.StartsWith("Warm-up: \"SPX 1d MACD", StringComparison.Ordinal) && line.Text.EndsWith("\"ready\"", StringComparison.Ordinal));
        Assert.Contains(sink.Lines, line => line.Text.StartsWith("Warm-up: \"SPX 1w WEEKLY MACD", StringComparison.Ordinal) && line.Text.EndsWith("\"ready\"", StringComparison.Ordinal));
        Assert.Contains(sink.Lines, line => line.Text.StartsWith("Warm-up: \"SPX 5m", StringComparison.Ordinal) && line.Text.EndsWith("\"NOT READY\"", StringComparison.Ordinal));
        Assert.DoesNotContain(sink.Lines, line => line.Level == LogEventLevel.Warning && line.Text.Contains("stale", StringComparison.Ordinal));
    }

    [Fact]
    public void FromFiles_TwoFilesOfOneInstrument_NamesBoth()
    {
        var error = Assert.Throws<ReplayDataException>(() =>
            HistoryWarmUp.FromFiles(Key, [Spx, Spx], BadRowPolicy.Stop, Calendar, new LocalDate(2026, 3, 2), staleAfterSessions: 5));

        Assert.Contains($"{Key}:1 '{Spx}' is SPX history, as is {Key}:0 '{Spx}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFiles_FileStartingAfterTheLiveSession_IsAnErrorNamingKeyAndFile()
    {
        var error = Assert.Throws<ReplayDataException>(() =>
            HistoryWarmUp.FromFiles(Key, [Vix3m], BadRowPolicy.Stop, Calendar, new LocalDate(2009, 9, 18), staleAfterSessions: 5));

        Assert.Equal($"{Key}:0 '{Vix3m}' has no VIX3M bar before the live session 2009-09-18", error.Message);
    }

    private static LocalDate WeekOf(LocalDate date) => date.PlusDays(-((int)date.DayOfWeek - 1));

    private static DecisionLoop CreateLoop()
    {
        var options = new EngineOptions();
        var channels = new EngineChannels(options);
        return new DecisionLoop(channels.Inbound.Reader, channels.Alerts.Writer, Calendar, options, false, NullLogger<DecisionLoop>.Instance);
    }

    private sealed class RecordingSink : ILogEventSink
    {
        private readonly List<(LogEventLevel Level, string Text)> lines = [];

        public IReadOnlyList<(LogEventLevel Level, string Text)> Lines => lines;

        public void Emit(LogEvent logEvent) => lines.Add((logEvent.Level, logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
