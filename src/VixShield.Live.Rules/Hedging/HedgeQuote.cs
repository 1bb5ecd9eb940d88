using NodaTime;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Rules.Hedging;

/// <summary>A priced hedge contract: what a layer would buy now and at what price.</summary>
/// <param name="Instrument">The chosen contract.</param>
/// <param name="SettlementTime">When it settles (09:30 New York on the expiry date).</param>
/// <param name="FuturesLevel">The VIX futures level of its expiry (quoted or from the term structure).</param>
/// <param name="ModelPrice">Model value per contract, in points.</param>
/// <param name="BuyLimit">The limit a buy pays: model plus the offset, rounded up to the tick.</param>
/// <param name="Delta">Black-76 delta with respect to the future.</param>
/// <param name="Volatility">Volatility the model used.</param>
/// <param name="DaysToExpiry">Calendar days from today to the expiry.</param>
public readonly record struct HedgeQuote(
    Instrument Instrument,
    Instant SettlementTime,
    decimal FuturesLevel,
    decimal ModelPrice,
    decimal BuyLimit,
    double Delta,
    double Volatility,
    int DaysToExpiry);
