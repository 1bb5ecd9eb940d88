namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>CONTRACT_DATA_END (52): every match of a contract-details request has been sent.</summary>
public sealed record ContractDetailsEnded(int RequestId) : TwsEvent;
