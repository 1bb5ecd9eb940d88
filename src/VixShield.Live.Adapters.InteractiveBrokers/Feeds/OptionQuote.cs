using NodaTime;

namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>The latest quote and TWS model values of one option line; a value is null until TWS has sent one.</summary>
/// <param name="Bid">Best bid; null while TWS reports none (-1).</param>
/// <param name="Ask">Best ask; null while TWS reports none (-1).</param>
/// <param name="Delta">TWS's model delta (TICK_OPTION_COMPUTATION model tick 13, or 83 delayed).</param>
/// <param name="ImpliedVolatility">TWS's model implied volatility, annualised (0.1873 = 18.73%).</param>
/// <param name="UpdatedTime">When the feed decoded the last change (the injected clock), or null before the first.</param>
public readonly record struct OptionQuote(decimal? Bid, decimal? Ask, double? Delta, double? ImpliedVolatility, Instant? UpdatedTime);
