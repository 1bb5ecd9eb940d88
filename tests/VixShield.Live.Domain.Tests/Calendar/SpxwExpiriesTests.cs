using NodaTime;
using VixShield.Live.Domain.Calendar;

namespace VixShield.Live.Domain.Tests.Calendar;

public sealed class SpxwExpiriesTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static Instant At(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(NewYork).ToInstant();

    [Fact]
    public void SettlementTime_OrdinaryDay_IsFourPmNewYork()
    {
        var sut = new SpxwExpiries(new NyseTradingCalendar());

        Assert.Equal(At(2026, 11, 20, 16, 0), sut.SettlementTime(new LocalDate(2026, 11, 20)));
    }

    [Fact]
    public void SettlementTime_DayAfterThanksgiving_IsOnePmEarlyClose()
    {
        var sut = new SpxwExpiries(new NyseTradingCalendar());

        Assert.Equal(At(2026, 11, 27, 13, 0), sut.SettlementTime(new LocalDate(2026, 11, 27)));
    }

    [Theory]
    [InlineData(2026, 11, 26)]
    [InlineData(2026, 11, 21)]
    [InlineData(2025, 1, 9)]
    public void IsExpiry_HolidayOrWeekend_IsFalseAndSettlementTimeThrows(int year, int month, int day)
    {
        var sut = new SpxwExpiries(new NyseTradingCalendar());
        var date = new LocalDate(year, month, day);

        Assert.False(sut.IsExpiry(date));
        Assert.False(sut.TryGetSettlementTime(date, out _));
        var error = Assert.Throws<ArgumentException>(() => sut.SettlementTime(date));
        Assert.Contains(date.ToString("uuuu-MM-dd", null), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026, 11, 19, 2026, 11, 20)]
    [InlineData(2026, 11, 20, 2026, 11, 23)]
    [InlineData(2026, 11, 25, 2026, 11, 27)]
    [InlineData(2026, 12, 31, 2027, 1, 4)]
    [InlineData(2026, 4, 2, 2026, 4, 6)]
    public void NextExpiryAfter_EntryDay_SkipsWeekendsAndHolidays(int year, int month, int day, int expiryYear, int expiryMonth, int expiryDay)
    {
        var sut = new SpxwExpiries(new NyseTradingCalendar());

        Assert.Equal(new LocalDate(expiryYear, expiryMonth, expiryDay), sut.NextExpiryAfter(new LocalDate(year, month, day)));
    }

    [Fact]
    public void CurrentOrNextExpiry_BeforeAndAfterTheClose_SwitchesAtSettlement()
    {
        var sut = new SpxwExpiries(new NyseTradingCalendar());

        Assert.Equal(new LocalDate(2026, 11, 20), sut.CurrentOrNextExpiry(At(2026, 11, 20, 15, 59)));
        Assert.Equal(new LocalDate(2026, 11, 23), sut.CurrentOrNextExpiry(At(2026, 11, 20, 16, 0)));
    }

    [Fact]
    public void YearsToExpiry_ThursdayEntryFridayExpiry_IsTwentyFourAndAHalfHoursOverActual365()
    {
        var sut = new SpxwExpiries(new NyseTradingCalendar());

        var years = sut.YearsToExpiry(At(2026, 11, 19, 15, 30), new LocalDate(2026, 11, 20));

        Assert.Equal(24.5 / 24.0 / 365.0, years, 1e-15);
    }

    [Fact]
    public void YearsToExpiry_AcrossSpringForward_CountsElapsedHours()
    {
        var sut = new SpxwExpiries(new NyseTradingCalendar());

        // Friday 2026-03-06 15:30 EST to Monday 2026-03-09 16:00 EDT: 72.5 wall-clock hours less the skipped hour.
        var years = sut.YearsToExpiry(At(2026, 3, 6, 15, 30), new LocalDate(2026, 3, 9));

        Assert.Equal(71.5 / 24.0 / 365.0, years, 1e-15);
    }

    [Fact]
    public void YearsToExpiry_AfterSettlement_IsZero()
    {
        var sut = new SpxwExpiries(new NyseTradingCalendar());

        Assert.Equal(0.0, sut.YearsToExpiry(At(2026, 11, 20, 16, 5), new LocalDate(2026, 11, 20)));
    }
}
