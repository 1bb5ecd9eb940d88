namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>ORDER_STATUS (3): the state and fill progress of an order. Duplicates are normal: treat as idempotent state.</summary>
/// <param name="StatusText">TWS's status text, kept because TWS may send states newer than <see cref="TwsOrderStatus"/>.</param>
/// <param name="MarketCapPrice">Price cap TWS applied to a market order, or null.</param>
public sealed record OrderStatusChanged(
    int OrderId,
    TwsOrderStatus Status,
    string StatusText,
    decimal Filled,
    decimal Remaining,
    decimal AverageFillPrice,
    long PermId,
    int ParentId,
    decimal LastFillPrice,
    int ClientId,
    string WhyHeld,
    decimal? MarketCapPrice) : TwsEvent
{
    /// <summary>Filled, Cancelled, ApiCancelled or Inactive: no further fills will come.</summary>
    public bool IsTerminal => Status is TwsOrderStatus.Filled or TwsOrderStatus.Cancelled
        or TwsOrderStatus.ApiCancelled or TwsOrderStatus.Inactive;
}
