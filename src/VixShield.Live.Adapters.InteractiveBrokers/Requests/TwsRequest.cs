namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>A typed client-to-server message; encoded for the negotiated version by <c>TwsRequestEncoder</c>.</summary>
public abstract record TwsRequest;
