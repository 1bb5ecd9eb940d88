namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>TICK_PRICE (1): a price tick, with the size TWS sends alongside bid, ask and last.</summary>
/// <remarks>
/// One event where the official client raises two callbacks (tickPrice, then tickSize for <see cref="SizeTickType"/>):
/// the size travels in the same frame, and one event per frame keeps the quote path to one allocation.
/// </remarks>
/// <param name="Price">The price; -1 means "no current value" (for example a closed market).</param>
/// <param name="Size">The paired size, or null when TWS sent none.</param>
public sealed record TickPriceReceived(
    int RequestId,
    TwsTickType TickType,
    decimal Price,
    decimal? Size,
    TwsTickAttributes Attributes) : TwsEvent
{
    /// <summary>The size tick the official client derives from this price tick (bid → bid size, …), or null.</summary>
    public TwsTickType? SizeTickType => TickType switch
    {
        TwsTickType.Bid => TwsTickType.BidSize,
        TwsTickType.Ask => TwsTickType.AskSize,
        TwsTickType.Last => TwsTickType.LastSize,
        TwsTickType.DelayedBid => TwsTickType.DelayedBidSize,
        TwsTickType.DelayedAsk => TwsTickType.DelayedAskSize,
        TwsTickType.DelayedLast => TwsTickType.DelayedLastSize,
        _ => null,
    };
}
