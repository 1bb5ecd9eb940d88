namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>REQ_COMPLETED_ORDERS (99): the orders of this TWS session that are finished (filled, cancelled or
/// inactive), as COMPLETED_ORDER messages and then COMPLETED_ORDERS_END.</summary>
/// <param name="ApiOnly">True for orders placed through the API only (not those entered in TWS by hand).</param>
public sealed record RequestCompletedOrders(bool ApiOnly) : TwsRequest;
