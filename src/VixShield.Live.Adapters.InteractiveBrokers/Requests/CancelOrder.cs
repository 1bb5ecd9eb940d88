namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>CANCEL_ORDER (4): TWS answers with ERR_MSG 202 and ORDER_STATUS Cancelled (in either order).</summary>
public sealed record CancelOrder(int OrderId, string ManualOrderCancelTime = "") : TwsRequest;
