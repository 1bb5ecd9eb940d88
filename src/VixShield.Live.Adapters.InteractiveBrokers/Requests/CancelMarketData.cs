namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>CANCEL_MKT_DATA (2): stop the stream of <paramref name="RequestId"/>; TWS sends no reply.</summary>
public sealed record CancelMarketData(int RequestId) : TwsRequest;
