namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>CANCEL_HISTORICAL_DATA (25): abandon an outstanding historical request.</summary>
public sealed record CancelHistoricalData(int RequestId) : TwsRequest;
