namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>SECURITY_DEFINITION_OPTION_PARAMETER (75): expiries and strikes of one exchange × trading class.</summary>
public sealed record OptionChainReceived(
    int RequestId,
    string Exchange,
    int UnderlyingConId,
    string TradingClass,
    string Multiplier,
    IReadOnlyList<string> Expirations,
    IReadOnlyList<decimal> Strikes) : TwsEvent;
