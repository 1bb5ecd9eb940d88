using VixShield.Live.Adapters.InteractiveBrokers.Contracts;

namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>CONTRACT_DATA (10): one contract matching a contract-details request.</summary>
public sealed record ContractDetailsReceived(int RequestId, TwsContractDetails Details) : TwsEvent;
