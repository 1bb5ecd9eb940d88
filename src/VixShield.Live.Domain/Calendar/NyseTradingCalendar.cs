using NodaTime;

namespace VixShield.Live.Domain.Calendar;

/// <summary>NYSE sessions from the exchange's holiday and early-close rules, computed for any year.</summary>
/// <remarks>
/// Rules (NYSE Rule 7.2 as applied since 1998; checked against the NYSE open-date history 1990-2023 in tests):
/// New Year's Day (Sunday moves to Monday; Saturday is not observed on the Friday before), Martin Luther King Jr.
/// Day (third Monday of January, from 1998), Washington's Birthday (third Monday of February), Good Friday,
/// Memorial Day (last Monday of May), Juneteenth (from 2022), Independence Day, Labor Day (first Monday of
/// September), Thanksgiving (fourth Thursday of November) and Christmas; Saturday holidays move to Friday and
/// Sunday holidays to Monday. One-off closures (national days of mourning, 9/11, Hurricane Sandy) are listed.
/// Early closes at 13:00: July 3 and December 24 when they are ordinary weekdays, and the day after Thanksgiving.
/// </remarks>
public sealed class NyseTradingCalendar : ITradingCalendar
{
    private static readonly LocalTime RegularOpen = new(9, 30);
    private static readonly LocalTime RegularClose = new(16, 0);
    private static readonly LocalTime EarlyClose = new(13, 0);

    private static readonly HashSet<LocalDate> SpecialClosures =
    [
        new(1985, 9, 27), new(1994, 4, 27), new(2001, 9, 11), new(2001, 9, 12), new(2001, 9, 13), new(2001, 9, 14),
        new(2004, 6, 11), new(2007, 1, 2), new(2012, 10, 29), new(2012, 10, 30), new(2018, 12, 5), new(2025, 1, 9),
    ];

    public NyseTradingCalendar()
        : this(DateTimeZoneProviders.Tzdb["America/New_York"])
    {
    }

    private NyseTradingCalendar(DateTimeZone zone) => Zone = zone;

    public DateTimeZone Zone { get; }

    public bool IsTradingDay(LocalDate date) =>
        date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !IsHoliday(date);

    public TradingSession? GetSession(LocalDate date)
    {
        if (!IsTradingDay(date))
        {
            return null;
        }

        var early = IsEarlyClose(date);
        var open = date.At(RegularOpen).InZoneStrictly(Zone).ToInstant();
        var close = date.At(early ? EarlyClose : RegularClose).InZoneStrictly(Zone).ToInstant();
        return new TradingSession(date, open, close, early);
    }

    public LocalDate NextTradingDay(LocalDate date)
    {
        var next = date.PlusDays(1);
        while (!IsTradingDay(next))
        {
            next = next.PlusDays(1);
        }

        return next;
    }

    public LocalDate PreviousTradingDay(LocalDate date)
    {
        var previous = date.PlusDays(-1);
        while (!IsTradingDay(previous))
        {
            previous = previous.PlusDays(-1);
        }

        return previous;
    }

    public TradingSession CurrentOrNextSession(Instant instant)
    {
        var date = instant.InZone(Zone).Date;
        var session = GetSession(date);
        if (session is not null && instant < session.Close)
        {
            return session;
        }

        return GetSession(NextTradingDay(date))!;
    }

    /// <summary>True when the exchange is closed for a holiday or a one-off closure on a weekday.</summary>
    public static bool IsHoliday(LocalDate date)
    {
        if (SpecialClosures.Contains(date))
        {
            return true;
        }

        var year = date.Year;
        return date == NewYearsDayObserved(year)
            || (year >= 1998 && date == NthWeekday(year, 1, IsoDayOfWeek.Monday, 3))
            || date == NthWeekday(year, 2, IsoDayOfWeek.Monday, 3)
            || date == GoodFriday(year)
            || date == LastWeekday(year, 5, IsoDayOfWeek.Monday)
            || (year >= 2022 && date == Observed(new LocalDate(year, 6, 19)))
            || date == Observed(new LocalDate(year, 7, 4))
            || date == NthWeekday(year, 9, IsoDayOfWeek.Monday, 1)
            || date == NthWeekday(year, 11, IsoDayOfWeek.Thursday, 4)
            || date == Observed(new LocalDate(year, 12, 25));
    }

    /// <summary>True for the 13:00 early closes: July 3 and December 24 on ordinary weekdays, and Black Friday.</summary>
    public static bool IsEarlyClose(LocalDate date)
    {
        if (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday || IsHoliday(date))
        {
            return false;
        }

        return (date.Month == 7 && date.Day == 3)
            || (date.Month == 12 && date.Day == 24)
            || date == NthWeekday(date.Year, 11, IsoDayOfWeek.Thursday, 4).PlusDays(1);
    }

    private static LocalDate NewYearsDayObserved(int year)
    {
        var day = new LocalDate(year, 1, 1);
        return day.DayOfWeek == IsoDayOfWeek.Sunday ? day.PlusDays(1) : day;
    }

    private static LocalDate Observed(LocalDate holiday) => holiday.DayOfWeek switch
    {
        IsoDayOfWeek.Saturday => holiday.PlusDays(-1),
        IsoDayOfWeek.Sunday => holiday.PlusDays(1),
        _ => holiday,
    };

    private static LocalDate NthWeekday(int year, int month, IsoDayOfWeek weekday, int n)
    {
        var first = new LocalDate(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.PlusDays(offset + (7 * (n - 1)));
    }

    private static LocalDate LastWeekday(int year, int month, IsoDayOfWeek weekday)
    {
        var last = new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1);
        var offset = ((int)last.DayOfWeek - (int)weekday + 7) % 7;
        return last.PlusDays(-offset);
    }

    /// <summary>Western Easter by the anonymous Gregorian algorithm, minus two days.</summary>
    private static LocalDate GoodFriday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day).PlusDays(-2);
    }
}
