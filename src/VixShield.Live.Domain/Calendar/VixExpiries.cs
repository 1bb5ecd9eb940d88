using System.Globalization;
using NodaTime;

namespace VixShield.Live.Domain.Calendar;

/// <summary>Monthly VIX futures and options expirations (AM-settled) by the CBOE rule.</summary>
/// <remarks>
/// <para>The contract for month M expires on the Wednesday 30 days before the third Friday of month M + 1 (the SPX
/// options expiry whose 30-day implied volatility the settlement measures). If that Friday is an exchange holiday,
/// the expiry is 30 days before the trading day immediately preceding the Friday; if the resulting day is itself a
/// holiday, the expiry moves to the trading day before it. Examples: April 2025's third Friday was Good Friday, so the
/// March 2025 contract expired on Tuesday 2025-03-18; Juneteenth fell on Wednesday 2024-06-19, so June 2024 expired on
/// Tuesday 2024-06-18; and Friday 2026-06-19 is Juneteenth, so May 2026 expires on Tuesday 2026-05-19.</para>
/// <para>Settlement is the special opening quotation (SOQ) computed from the opening prices of SPX options on the
/// expiry morning, so the settlement instant is the 09:30 New York open; the options' last trading day is the trading
/// day before. Holidays come from <see cref="ITradingCalendar"/> (NYSE and Cboe Options share their holidays).
/// Not modelled: weekly VIX expirations, and exchange decisions for unscheduled closures that moved a settlement to
/// the following day instead of the day before.</para>
/// </remarks>
public sealed class VixExpiries
{
    private static readonly LocalTime SettlementTimeOfDay = new(9, 30);

    private readonly ITradingCalendar calendar;

    public VixExpiries(ITradingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        this.calendar = calendar;
    }

    /// <summary>The expiry date of the contract for <paramref name="year"/>-<paramref name="month"/> (for example the May 2026 future).</summary>
    public LocalDate MonthlyExpiry(int year, int month)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The contract month must be from 1 to 12.");
        }

        var followingMonth = new LocalDate(year, month, 1).PlusMonths(1);
        var firstFriday = followingMonth.PlusDays(((int)IsoDayOfWeek.Friday - (int)followingMonth.DayOfWeek + 7) % 7);
        var thirdFriday = firstFriday.PlusWeeks(2);
        var reference = calendar.IsTradingDay(thirdFriday) ? thirdFriday : calendar.PreviousTradingDay(thirdFriday);
        var expiry = reference.PlusDays(-30);
        return calendar.IsTradingDay(expiry) ? expiry : calendar.PreviousTradingDay(expiry);
    }

    /// <summary>The first monthly expiry on or after <paramref name="date"/>.</summary>
    public LocalDate ExpiryOnOrAfter(LocalDate date)
    {
        var expiry = MonthlyExpiry(date.Year, date.Month);
        if (expiry >= date)
        {
            return expiry;
        }

        var next = date.PlusMonths(1);
        return MonthlyExpiry(next.Year, next.Month);
    }

    /// <summary>Every monthly expiry from <paramref name="from"/> to <paramref name="to"/>, both inclusive, in date order.</summary>
    public IReadOnlyList<LocalDate> ExpiriesBetween(LocalDate from, LocalDate to)
    {
        var expiries = new List<LocalDate>();
        for (var expiry = ExpiryOnOrAfter(from); expiry <= to; expiry = ExpiryOnOrAfter(expiry.PlusDays(1)))
        {
            expiries.Add(expiry);
        }

        return expiries;
    }

    /// <summary>The first monthly expiry between <paramref name="minimumDays"/> and <paramref name="maximumDays"/>
    /// calendar days after <paramref name="from"/> (both inclusive), e.g. 30-45 days for a hedge layer; false when none.</summary>
    public bool TryFindExpiry(LocalDate from, int minimumDays, int maximumDays, out LocalDate expiry)
    {
        if (minimumDays < 0 || maximumDays < minimumDays)
        {
            throw new ArgumentOutOfRangeException(nameof(maximumDays), maximumDays, string.Create(
                CultureInfo.InvariantCulture,
                $"The day range must satisfy 0 <= minimum <= maximum; got {minimumDays} to {maximumDays}."));
        }

        expiry = ExpiryOnOrAfter(from.PlusDays(minimumDays));
        return expiry <= from.PlusDays(maximumDays);
    }

    /// <summary>The settlement instant of the expiry on <paramref name="expiry"/>: 09:30 New York, the SOQ at the open.</summary>
    public Instant SettlementTime(LocalDate expiry) => expiry.At(SettlementTimeOfDay).InZoneStrictly(calendar.Zone).ToInstant();

    /// <summary>ACT/365 years from <paramref name="from"/> to the settlement of <paramref name="expiry"/>; zero once settled.</summary>
    public double YearsToExpiry(Instant from, LocalDate expiry) => YearFraction.Actual365(from, SettlementTime(expiry));
}
