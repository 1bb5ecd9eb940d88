using NodaTime;
using VixShield.Live.Domain.Instruments;

namespace VixShield.Live.Domain.MarketData;

/// <summary>One price update for an index-level instrument.</summary>
/// <param name="Symbol">What was quoted.</param>
/// <param name="Bid">Best bid, or 0 when the source publishes none (cash indexes usually do not).</param>
/// <param name="Ask">Best ask, or 0 when the source publishes none.</param>
/// <param name="Last">Last value (for breadth symbols: the running count of issues).</param>
/// <param name="EventTime">When the market produced the value.</param>
/// <param name="ReceivedTime">When our feed adapter received it.</param>
public readonly record struct Quote(
    MarketSymbol Symbol,
    decimal Bid,
    decimal Ask,
    decimal Last,
    Instant EventTime,
    Instant ReceivedTime)
{
    /// <summary>The value bars and indicators use: the bid/ask mid when both sides exist, else <see cref="Last"/>.</summary>
    public decimal Price => Bid > 0m && Ask > 0m ? (Bid + Ask) / 2m : Last;
}
