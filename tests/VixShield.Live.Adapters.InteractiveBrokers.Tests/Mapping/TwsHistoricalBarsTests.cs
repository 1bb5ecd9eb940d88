using NodaTime;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Adapters.InteractiveBrokers.Mapping;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Testing;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Mapping;

public sealed class TwsHistoricalBarsTests
{
    private static readonly NyseTradingCalendar Nyse = new();

    [Theory]
    [InlineData(2026, 10, 16, 1, "2 D")] // Friday; Thursday is the session before
    [InlineData(2026, 10, 16, 3, "4 D")]
    [InlineData(2026, 10, 16, 5, "8 D")] // back to Friday 2026-10-09 over a weekend
    [InlineData(2026, 11, 27, 1, "3 D")] // day after Thanksgiving: the session before is Wednesday
    public void DailyDuration_NyseCalendar_CoversTheSessionsInCalendarDays(int year, int month, int day, int tradingDays, string expected)
    {
        Assert.Equal(expected, TwsHistoricalBars.DailyDuration(new LocalDate(year, month, day), tradingDays, Nyse));
    }

    [Theory]
    [InlineData(364, "365 D")]
    [InlineData(365, "2 Y")]
    [InlineData(729, "2 Y")]
    [InlineData(730, "3 Y")]
    public void DailyDuration_BeyondTwsDayLimit_AsksInWholeYears(int tradingDays, string expected)
    {
        Assert.Equal(expected, TwsHistoricalBars.DailyDuration(new LocalDate(2026, 10, 16), tradingDays, new EveryDayCalendar()));
    }

    [Theory]
    [InlineData("20261016", true)]
    [InlineData("20261016 16:00:00 US/Eastern", true)]
    [InlineData("20261016-16:00:00", true)]
    [InlineData("2026-10-16", false)]
    [InlineData("20261316", false)]
    [InlineData("20261016X", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParseBarDate_Text_AcceptsYyyyMmDdWithAnOptionalTime(string? text, bool expected)
    {
        var parsed = TwsHistoricalBars.TryParseBarDate(text, out var date);

        Assert.Equal(expected, parsed);
        Assert.Equal(expected ? new LocalDate(2026, 10, 16) : default, date);
    }

    [Fact]
    public void TryToDailyBar_RegularSession_StartsAtTheOpenAndEndsAtTheClose()
    {
        var ok = TwsHistoricalBars.TryToDailyBar(Bar("20261016", 6551.37m, 6571.9m, 6549.12m, 6563.45m), MarketSymbol.Spx, Nyse, out var bar, out var problem);

        Assert.True(ok, problem);
        Assert.Equal(
            new Bar(MarketSymbol.Spx, BarPeriod.Daily, new LocalDate(2026, 10, 16), Some.NewYork(2026, 10, 16, 9, 30), Some.NewYork(2026, 10, 16, 16, 0),
                6551.37m, 6571.9m, 6549.12m, 6563.45m),
            bar);
    }

    [Fact]
    public void TryToDailyBar_EarlyClose_EndsAtOnePm()
    {
        var ok = TwsHistoricalBars.TryToDailyBar(Bar("20261127", 1m, 2m, 0.5m, 1.5m), MarketSymbol.Vix, Nyse, out var bar, out _);

        Assert.True(ok);
        Assert.Equal(Some.NewYork(2026, 11, 27, 13, 0), bar.End);
    }

    [Theory]
    [InlineData("20261126", "not an NYSE trading day")] // Thanksgiving
    [InlineData("20261017", "not an NYSE trading day")] // Saturday
    [InlineData("yesterday", "is not yyyyMMdd")]
    public void TryToDailyBar_NoSessionOrBadDate_FailsWithTheReason(string date, string reason)
    {
        var ok = TwsHistoricalBars.TryToDailyBar(Bar(date, 1m, 2m, 0.5m, 1.5m), MarketSymbol.Vix, Nyse, out _, out var problem);

        Assert.False(ok);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
        Assert.StartsWith("VIX daily bar", problem, StringComparison.Ordinal);
    }

    private static HistoricalBar Bar(string date, decimal open, decimal high, decimal low, decimal close)
        => new(date, open, high, low, close, -1m, -1m, -1);

    /// <summary>A calendar where every day trades, so trading days and calendar days coincide.</summary>
    private sealed class EveryDayCalendar : ITradingCalendar
    {
        public DateTimeZone Zone => DateTimeZone.Utc;

        public bool IsTradingDay(LocalDate date) => true;

        public TradingSession? GetSession(LocalDate date) => null;

        public LocalDate NextTradingDay(LocalDate date) => date.PlusDays(1);

        public LocalDate PreviousTradingDay(LocalDate date) => date.PlusDays(-1);

        public TradingSession CurrentOrNextSession(Instant instant) => throw new NotSupportedException();
    }
}
