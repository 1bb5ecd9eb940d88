using VixShield.Live.Adapters.InteractiveBrokers.Contracts;

namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>COMPLETED_ORDER (101): an order of this TWS session that is finished.</summary>
/// <remarks>
/// It carries no order id or client id: <see cref="PermId"/> and <see cref="OrderReference"/> identify it. The decoder
/// reads the identity (contract, side, size, price, account, reference, permId) strictly; the state further on follows
/// many conditional blocks, so when that part cannot be read <see cref="Status"/> is empty and
/// <see cref="FilledQuantity"/> null rather than the connection being dropped over an order that is over anyway.
/// </remarks>
/// <param name="Status">The order's final state; <see cref="TwsOrderStatus.Unknown"/> when not read (or new to this client).</param>
/// <param name="StatusText">TWS's order state text (Filled, Cancelled, ApiCancelled, Inactive), or empty when not read.</param>
/// <param name="FilledQuantity">Units filled, or null when not read.</param>
/// <param name="CompletedStatus">TWS's free text about how the order ended (e.g. "Cancelled by Trader"), or empty.</param>
public sealed record CompletedOrderReceived(
    TwsContract Contract,
    TwsOrderAction Action,
    decimal TotalQuantity,
    string OrderType,
    decimal? LimitPrice,
    string TimeInForce,
    string Account,
    string OrderReference,
    long PermId,
    TwsOrderStatus Status,
    string StatusText,
    decimal? FilledQuantity,
    string CompletedTime,
    string CompletedStatus) : TwsEvent;
