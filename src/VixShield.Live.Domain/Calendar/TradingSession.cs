using NodaTime;

namespace VixShield.Live.Domain.Calendar;

/// <summary>One regular trading session of the New York cash market.</summary>
/// <param name="TradeDate">The New York date of the session.</param>
/// <param name="Open">The opening bell (09:30 New York).</param>
/// <param name="Close">The closing bell (16:00, or 13:00 on an early close).</param>
public sealed record TradingSession(LocalDate TradeDate, Instant Open, Instant Close, bool IsEarlyClose)
{
    /// <summary>True when <paramref name="instant"/> lies in [Open, Close).</summary>
    public bool Contains(Instant instant) => instant >= Open && instant < Close;
}
