using VixShield.Live.Adapters.InteractiveBrokers.Contracts;

namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>REQ_CONTRACT_DATA (9): qualify <paramref name="Contract"/> (conId, trading class, hours); answered by CONTRACT_DATA…END.</summary>
public sealed record RequestContractDetails(int RequestId, TwsContract Contract) : TwsRequest;
