using NodaTime;
using NodaTime.Text;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Testing;

namespace VixShield.Live.Domain.Tests.Calendar;

public sealed class VixExpiriesTests
{
    /// <summary>Rows of the shared macro calendar ("computed" by its publisher) that ignore the Juneteenth holiday, with the
    /// date the CBOE rule gives: 2024-06-19 was itself a holiday (so the business day before); Friday 2026-06-19 and
    /// Friday 2027-06-18 (Juneteenth on a Saturday, observed the Friday) are holidays, so 30 days before the Thursday.</summary>
    private static readonly Dictionary<LocalDate, LocalDate> KnownFileErrors = new()
    {
        [new LocalDate(2024, 6, 19)] = new LocalDate(2024, 6, 18),
        [new LocalDate(2026, 5, 20)] = new LocalDate(2026, 5, 19),
        [new LocalDate(2027, 5, 19)] = new LocalDate(2027, 5, 18),
    };

    private static List<LocalDate> FileExpiries(int fromYear, int toYear) =>
        File.ReadLines(SharedData.Path("calendar", "us_macro_events_2000_2027.csv"))
            .Skip(1)
            .Select(line => line.Split(','))
            .Where(fields => fields.Length > 1 && fields[1] == "vix_expiry")
            .Select(fields => LocalDatePattern.Iso.Parse(fields[0]).Value)
            .Where(date => date.Year >= fromYear && date.Year <= toYear)
            .ToList();

    [Theory]
    [InlineData(2024, 2026, 36)]
    [InlineData(2000, 2027, 336)]
    public void MonthlyExpiry_SharedCalendarRows_MatchExceptKnownJuneteenthErrors(int fromYear, int toYear, int expectedRows)
    {
        var sut = new VixExpiries(new NyseTradingCalendar());
        var rows = FileExpiries(fromYear, toYear);

        Assert.Equal(expectedRows, rows.Count);
        foreach (var row in rows)
        {
            var expected = KnownFileErrors.GetValueOrDefault(row, row);
            Assert.Equal(expected, sut.MonthlyExpiry(expected.Year, expected.Month));
        }
    }

    [Fact]
    public void KnownFileErrors_EachInvolvesAJuneteenthClosure()
    {
        var calendar = new NyseTradingCalendar();

        Assert.False(calendar.IsTradingDay(new LocalDate(2024, 6, 19)));
        Assert.False(calendar.IsTradingDay(new LocalDate(2026, 6, 19)));
        Assert.False(calendar.IsTradingDay(new LocalDate(2027, 6, 18)));
    }

    [Fact]
    public void MonthlyExpiry_CboeSnapshotMonthlies_MatchListedExpirations()
    {
        var sut = new VixExpiries(new NyseTradingCalendar());
        var listed = File.ReadLines(SharedData.Path("vix", "vx_futures_curve_snapshot_2026-07.csv"))
            .Skip(1)
            .Select(line => line.Split(','))
            .Where(fields => fields.Length > 1 && fields[1].StartsWith("VX/", StringComparison.Ordinal))
            .Select(fields => LocalDatePattern.Iso.Parse(fields[0]).Value)
            .ToList();

        Assert.Equal(8, listed.Count);
        foreach (var expiry in listed)
        {
            Assert.Equal(expiry, sut.MonthlyExpiry(expiry.Year, expiry.Month));
        }
    }

    [Theory]
    [InlineData(2025, 3, 2025, 3, 18)]
    [InlineData(2024, 6, 2024, 6, 18)]
    [InlineData(2026, 5, 2026, 5, 19)]
    [InlineData(2014, 3, 2014, 3, 18)]
    [InlineData(2026, 11, 2026, 11, 18)]
    public void MonthlyExpiry_HolidayCases_MoveToTheBusinessDayBefore(int year, int month, int expiryYear, int expiryMonth, int expiryDay)
    {
        var sut = new VixExpiries(new NyseTradingCalendar());

        Assert.Equal(new LocalDate(expiryYear, expiryMonth, expiryDay), sut.MonthlyExpiry(year, month));
    }

    [Fact]
    public void SettlementTime_AnyExpiry_IsTheNewYorkOpen()
    {
        var sut = new VixExpiries(new NyseTradingCalendar());
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];

        Assert.Equal(new LocalDateTime(2026, 11, 18, 9, 30).InZoneStrictly(zone).ToInstant(), sut.SettlementTime(new LocalDate(2026, 11, 18)));
    }

    [Fact]
    public void ExpiryOnOrAfter_AfterThisMonthsExpiry_ReturnsNextMonths()
    {
        var sut = new VixExpiries(new NyseTradingCalendar());

        Assert.Equal(new LocalDate(2026, 11, 18), sut.ExpiryOnOrAfter(new LocalDate(2026, 11, 18)));
        Assert.Equal(new LocalDate(2026, 12, 16), sut.ExpiryOnOrAfter(new LocalDate(2026, 11, 19)));
    }

    [Fact]
    public void ExpiriesBetween_OneYear_ReturnsTwelveInOrder()
    {
        var sut = new VixExpiries(new NyseTradingCalendar());

        var expiries = sut.ExpiriesBetween(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));

        Assert.Equal(FileExpiries(2025, 2025), expiries);
    }

    [Fact]
    public void TryFindExpiry_ThirtyToFortyFiveDays_FindsTheFirstInWindow()
    {
        var sut = new VixExpiries(new NyseTradingCalendar());

        Assert.True(sut.TryFindExpiry(new LocalDate(2026, 11, 10), 30, 45, out var expiry));
        Assert.Equal(new LocalDate(2026, 12, 16), expiry);
        Assert.False(sut.TryFindExpiry(new LocalDate(2026, 11, 10), 30, 35, out _));
    }

    [Fact]
    public void YearsToExpiry_FromPreviousClose_CountsToTheOpen()
    {
        var sut = new VixExpiries(new NyseTradingCalendar());
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var close = new LocalDateTime(2026, 11, 17, 16, 0).InZoneStrictly(zone).ToInstant();

        Assert.Equal(17.5 / 24.0 / 365.0, sut.YearsToExpiry(close, new LocalDate(2026, 11, 18)), 1e-15);
    }
}
