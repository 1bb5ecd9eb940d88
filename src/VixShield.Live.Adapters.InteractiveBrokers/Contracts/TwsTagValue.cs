namespace VixShield.Live.Adapters.InteractiveBrokers.Contracts;

/// <summary>A tag/value pair as TWS uses them for routing parameters and security ids.</summary>
public sealed record TwsTagValue(string Tag, string Value);
