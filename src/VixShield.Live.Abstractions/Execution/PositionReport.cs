using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Abstractions.Execution;

/// <summary>A position as the venue knows it (reconciliation query result).</summary>
/// <param name="Quantity">Signed contracts (or shares): positive long, negative short.</param>
/// <param name="AveragePrice">Average opening price per contract, in points.</param>
/// <param name="MarkPrice">The price it is valued at now (mid), or null when the venue cannot price it.</param>
/// <param name="UnrealisedPnl">(mark - average) x quantity x multiplier in dollars; zero without a mark.</param>
/// <param name="RealisedPnl">Profit realised on this contract since the position opened, in dollars, before fees.</param>
public sealed record PositionReport(
    string AccountId,
    Instrument Instrument,
    int Quantity,
    decimal AveragePrice,
    decimal? MarkPrice,
    decimal UnrealisedPnl,
    decimal RealisedPnl)
{
    /// <summary>Dollar value at the mark (at the average price when unpriced): quantity x price x multiplier.</summary>
    public decimal MarketValue => Quantity * (MarkPrice ?? AveragePrice) * Instrument.Multiplier;
}
