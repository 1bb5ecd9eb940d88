namespace VixShield.Live.Adapters.InteractiveBrokers.Contracts;

/// <summary>Why TWS considers a contract ineligible for trading in this account (CONTRACT_DATA since v186).</summary>
public sealed record TwsIneligibilityReason(string Id, string Description);
