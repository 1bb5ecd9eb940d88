using NodaTime;

namespace VixShield.Live.Domain.Calendar;

/// <summary>The exchange calendar: which days trade, when sessions open and close.</summary>
/// <remarks>Kept in the domain (not Abstractions) because it is pure computation that feeds,
/// bar building and rules all need, and adapters may not reference the engine.</remarks>
public interface ITradingCalendar
{
    /// <summary>The exchange's time zone (America/New_York).</summary>
    DateTimeZone Zone { get; }

    bool IsTradingDay(LocalDate date);

    /// <summary>The session on <paramref name="date"/>, or null when the market is closed that day.</summary>
    TradingSession? GetSession(LocalDate date);

    /// <summary>The first trading day strictly after <paramref name="date"/>.</summary>
    LocalDate NextTradingDay(LocalDate date);

    /// <summary>The last trading day strictly before <paramref name="date"/>.</summary>
    LocalDate PreviousTradingDay(LocalDate date);

    /// <summary>The session in progress at <paramref name="instant"/>, or the next one to open after it.</summary>
    TradingSession CurrentOrNextSession(Instant instant);
}
