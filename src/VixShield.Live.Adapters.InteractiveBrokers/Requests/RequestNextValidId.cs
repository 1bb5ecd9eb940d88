namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>REQ_IDS (8): asks for NEXT_VALID_ID, the next order id TWS accepts from this client id.</summary>
public sealed record RequestNextValidId : TwsRequest;
