using System.Globalization;
using NodaTime;

namespace VixShield.Live.Domain.Calendar;

/// <summary>SPXW daily expirations: every trading day has one, PM-settled at that day's close.</summary>
/// <remarks>SPXW options are cash-settled against the SPX closing value on their expiry date, at 16:00 New York
/// (13:00 on an early-close day). Holidays have no expiry: their weeklies move to the trading day before, which is
/// already an expiry, so the set of expiry dates is exactly the set of trading days of <see cref="ITradingCalendar"/>.
/// Time to expiry is ACT/365 calendar time (<see cref="YearFraction"/>).</remarks>
public sealed class SpxwExpiries
{
    private readonly ITradingCalendar calendar;

    public SpxwExpiries(ITradingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        this.calendar = calendar;
    }

    public ITradingCalendar Calendar => calendar;

    public bool IsExpiry(LocalDate date) => calendar.IsTradingDay(date);

    /// <summary>The settlement instant of the SPXW expiring on <paramref name="expiry"/>; false when that day has no expiry.</summary>
    public bool TryGetSettlementTime(LocalDate expiry, out Instant settlement)
    {
        var session = calendar.GetSession(expiry);
        settlement = session?.Close ?? default;
        return session is not null;
    }

    /// <summary>The settlement instant (session close) of the SPXW expiring on <paramref name="expiry"/>.</summary>
    /// <exception cref="ArgumentException">No SPXW expires that day (weekend or holiday).</exception>
    public Instant SettlementTime(LocalDate expiry) =>
        TryGetSettlementTime(expiry, out var settlement)
            ? settlement
            : throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture,
                $"{expiry:uuuu-MM-dd} ({expiry.DayOfWeek}) is not a trading day, so no SPXW expires on it."), nameof(expiry));

    /// <summary>The first expiry strictly after <paramref name="date"/>: the expiry a 1DTE condor entered on <paramref name="date"/> holds.</summary>
    public LocalDate NextExpiryAfter(LocalDate date) => calendar.NextTradingDay(date);

    /// <summary>The nearest expiry that has not settled at <paramref name="instant"/> (today's before the close, else the next).</summary>
    public LocalDate CurrentOrNextExpiry(Instant instant) => calendar.CurrentOrNextSession(instant).TradeDate;

    /// <summary>ACT/365 years from <paramref name="from"/> to the settlement of <paramref name="expiry"/>; zero once settled.</summary>
    public double YearsToExpiry(Instant from, LocalDate expiry) => YearFraction.Actual365(from, SettlementTime(expiry));
}
