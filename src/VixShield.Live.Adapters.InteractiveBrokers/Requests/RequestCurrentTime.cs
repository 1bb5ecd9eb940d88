namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>REQ_CURRENT_TIME (49): asks for TWS's clock (CURRENT_TIME, epoch seconds).</summary>
public sealed record RequestCurrentTime : TwsRequest;
