namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>MANAGED_ACCTS (15): the accounts this login can trade (paper accounts start with DU).</summary>
public sealed record ManagedAccountsReceived(IReadOnlyList<string> Accounts) : TwsEvent;
