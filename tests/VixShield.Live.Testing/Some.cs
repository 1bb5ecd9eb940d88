using NodaTime;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Testing;

/// <summary>Builders with one obvious default per field, overridden by named argument (Serilog's <c>Some</c>).</summary>
public static class Some
{
    /// <summary>Monday 2026-03-02 09:30 New York (EST), a regular session.</summary>
    public static readonly Instant SessionOpen = Instant.FromUtc(2026, 3, 2, 14, 30);

    public static Quote Quote(
        MarketSymbol symbol = MarketSymbol.Spx,
        decimal last = 6000m,
        decimal bid = 0m,
        decimal ask = 0m,
        Instant? at = null) =>
        new(symbol, bid, ask, last, at ?? SessionOpen, at ?? SessionOpen);

    /// <summary>A time on a given New York date and wall-clock time.</summary>
    public static Instant NewYork(int year, int month, int day, int hour, int minute, int second = 0) =>
        new LocalDateTime(year, month, day, hour, minute, second)
            .InZoneStrictly(DateTimeZoneProviders.Tzdb["America/New_York"]).ToInstant();
}
