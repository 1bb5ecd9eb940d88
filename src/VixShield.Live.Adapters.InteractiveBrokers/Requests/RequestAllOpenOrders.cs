namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>REQ_ALL_OPEN_ORDERS (16): like <see cref="RequestOpenOrders"/> but for every client id and TWS itself.</summary>
public sealed record RequestAllOpenOrders : TwsRequest;
