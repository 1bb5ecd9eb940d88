namespace VixShield.Live.Rules.Hedging;

/// <summary>A layer's expiry handling.</summary>
/// <param name="Action">Settle, close or roll.</param>
/// <param name="DaysToExpiryBelow">Close or roll once calendar days to expiry are below this (ignored for settle).</param>
public sealed record ExpiryRule(ExpiryAction Action, int DaysToExpiryBelow)
{
    public static ExpiryRule Settle { get; } = new(ExpiryAction.Settle, 0);
}
