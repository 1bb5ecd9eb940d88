using NodaTime;

namespace VixShield.Live.Domain.Calendar;

/// <summary>Time to expiry in years, the unit option models take.</summary>
/// <remarks>The day count is ACT/365 on elapsed calendar time: weekends, holidays and nights count like trading hours.
/// That matches how the VIX family annualises (minutes to expiry / 525,600), so volatilities read off VIX, VIX9D and
/// VIX3M are used on the same clock they were computed on.</remarks>
public static class YearFraction
{
    public const double DaysPerYear = 365.0;

    /// <summary>Elapsed calendar time from <paramref name="from"/> to <paramref name="to"/> in ACT/365 years; zero once <paramref name="to"/> has passed.</summary>
    public static double Actual365(Instant from, Instant to) =>
        to <= from ? 0.0 : (to - from).TotalDays / DaysPerYear;
}
