namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>REQ_OPEN_ORDERS (5): this client id's working orders as OPEN_ORDER/ORDER_STATUS, then OPEN_ORDER_END.</summary>
public sealed record RequestOpenOrders : TwsRequest;
