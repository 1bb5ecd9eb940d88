using VixShield.Live.Adapters.InteractiveBrokers.Contracts;

namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>REQ_MKT_DATA (1): subscribe to ticks for <paramref name="Contract"/> under <paramref name="RequestId"/>.</summary>
/// <param name="GenericTickList">Comma-separated generic tick ids, e.g. <c>100,101,106</c> for option volume, open interest, IV.</param>
/// <param name="Snapshot">One snapshot then TICK_SNAPSHOT_END instead of a stream.</param>
public sealed record RequestMarketData(
    int RequestId,
    TwsContract Contract,
    string GenericTickList = "",
    bool Snapshot = false,
    bool RegulatorySnapshot = false) : TwsRequest;
