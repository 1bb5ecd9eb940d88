namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>SECURITY_DEFINITION_OPTION_PARAMETER_END (76): the option-chain answer is complete.</summary>
public sealed record OptionChainEnded(int RequestId) : TwsEvent;
