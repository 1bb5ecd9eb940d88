using NodaTime;
using VixShield.Live.Domain.Instruments;

namespace VixShield.Live.Domain.MarketData;

/// <summary>An OHLC bar for one instrument and period.</summary>
/// <param name="Start">Start of the bar's interval (for daily and weekly bars: the session open).</param>
/// <param name="End">End of the interval (for daily bars: that session's close, early closes included).</param>
/// <param name="TradeDate">The New York trading date of the bar's last session.</param>
public readonly record struct Bar(
    MarketSymbol Symbol,
    BarPeriod Period,
    LocalDate TradeDate,
    Instant Start,
    Instant End,
    decimal Open,
    decimal High,
    decimal Low,
    decimal Close);
