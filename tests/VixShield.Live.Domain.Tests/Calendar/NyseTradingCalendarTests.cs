using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Testing;

namespace VixShield.Live.Domain.Tests.Calendar;

public class NyseTradingCalendarTests
{
    private readonly NyseTradingCalendar sut = new();

    [Fact]
    public void IsTradingDay_EveryDayFrom1990ToLate2023_MatchesNyseOpenDateHistory()
    {
        var open = File.ReadLines(SharedData.Path("calendar", "nyse_open_dates_1927_2026.txt"))
            .Select(line => LocalDate.FromDateTime(DateTime.ParseExact(line.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .ToHashSet();
        // The history file is projected from rules after 2023-12-28 (its 2023-12-29 is wrong), so the check stops there.
        var last = new LocalDate(2023, 12, 28);
        var mismatches = new List<string>();
        for (var day = new LocalDate(1990, 1, 1); day <= last; day = day.PlusDays(1))
        {
            if (sut.IsTradingDay(day) != open.Contains(day))
            {
                mismatches.Add($"{day:yyyy-MM-dd}: calendar says {sut.IsTradingDay(day)}, history says {open.Contains(day)}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches.Take(20)));
    }

    [Theory]
    [InlineData("2026-01-01")] // New Year's Day
    [InlineData("2026-01-19")] // Martin Luther King Jr. Day
    [InlineData("2026-04-03")] // Good Friday
    [InlineData("2026-06-19")] // Juneteenth
    [InlineData("2026-07-03")] // Independence Day observed (July 4 is a Saturday)
    [InlineData("2026-11-26")] // Thanksgiving
    [InlineData("2026-12-25")] // Christmas
    [InlineData("2025-01-09")] // National day of mourning for President Carter
    public void IsTradingDay_Holiday_IsFalse(string date)
    {
        Assert.False(sut.IsTradingDay(Parse(date)));
    }

    [Theory]
    [InlineData("2024-07-03", true)]
    [InlineData("2024-11-29", true)]
    [InlineData("2024-12-24", true)]
    [InlineData("2025-07-03", true)]
    [InlineData("2026-11-27", true)]
    [InlineData("2026-12-24", true)]
    [InlineData("2026-07-02", false)]
    [InlineData("2022-12-23", false)]
    public void GetSession_EarlyCloseDays_CloseAtOnePm(string date, bool early)
    {
        var session = sut.GetSession(Parse(date))!;

        Assert.Equal(early, session.IsEarlyClose);
        var close = session.Close.InZone(sut.Zone).TimeOfDay;
        Assert.Equal(early ? new LocalTime(13, 0) : new LocalTime(16, 0), close);
    }

    [Fact]
    public void GetSession_AcrossDaylightSavingChange_OpensAt0930NewYork()
    {
        var winter = sut.GetSession(new LocalDate(2026, 3, 6))!;
        var summer = sut.GetSession(new LocalDate(2026, 3, 9))!;

        Assert.Equal(Instant.FromUtc(2026, 3, 6, 14, 30), winter.Open);
        Assert.Equal(Instant.FromUtc(2026, 3, 9, 13, 30), summer.Open);
    }

    [Fact]
    public void CurrentOrNextSession_AfterFridayClose_ReturnsMonday()
    {
        var afterClose = Instant.FromUtc(2026, 3, 6, 21, 0);

        var next = sut.CurrentOrNextSession(afterClose);

        Assert.Equal(new LocalDate(2026, 3, 9), next.TradeDate);
    }

    [Theory]
    [InlineData("90m", "2026-03-02T16:00:00Z")]
    [InlineData("6h", "2026-03-02T20:30:00Z")]
    [InlineData("1d", "2026-03-02T21:00:00Z")]
    [InlineData("6d", "2026-03-09T20:00:00Z")]
    public void MarketDuration_EndFrom_CountsMarketTimeAndTradingDays(string text, string expectedEnd)
    {
        var start = Instant.FromUtc(2026, 3, 2, 14, 30);
        Assert.True(MarketDuration.TryParse(text, out var duration, out _));

        var end = duration.EndFrom(start, sut);

        Assert.Equal(NodaTime.Text.InstantPattern.ExtendedIso.Parse(expectedEnd).Value, end);
    }

    [Theory]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("0d")]
    [InlineData("-5m")]
    [InlineData("3w")]
    public void MarketDuration_TryParse_BadText_ExplainsAllowedForms(string text)
    {
        Assert.False(MarketDuration.TryParse(text, out _, out var error));
        Assert.Contains("trading days", error, StringComparison.Ordinal);
    }

    private static LocalDate Parse(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
