using VixShield.Live.Adapters.InteractiveBrokers.Contracts;

namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>PLACE_ORDER (3): submit (or modify, with the same id) <paramref name="Order"/> for <paramref name="Contract"/>.</summary>
/// <remarks>Sending is only a request: the outcome arrives as ORDER_STATUS, ERR_MSG and EXECUTION_DATA events.</remarks>
/// <param name="OrderId">An id above every id used so far by this client id (start from NEXT_VALID_ID).</param>
public sealed record PlaceOrder(int OrderId, TwsContract Contract, TwsOrder Order) : TwsRequest;
