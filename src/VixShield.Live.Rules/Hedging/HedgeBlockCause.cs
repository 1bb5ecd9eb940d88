namespace VixShield.Live.Rules.Hedging;

/// <summary>Why a wanted layer (or resize) was not bought.</summary>
public enum HedgeBlockCause : byte
{
    /// <summary>Inside an FOMC/CPI/PPI window and the blackout exception does not hold.</summary>
    Blackout = 0,

    /// <summary>A risk limit leaves no room for even one contract.</summary>
    RiskLimit = 1,

    /// <summary>No condor is open, so there is nothing to hedge (and no max loss to size against).</summary>
    NoCondor = 2,

    /// <summary>The instrument cannot be priced now (no expiry in the DTE band, no usable price).</summary>
    NoPrice = 3,

    /// <summary>The scalar is zero, so the budget buys nothing.</summary>
    ZeroScalar = 4,

    /// <summary>The layer's whole budget does not buy one contract at the current price.</summary>
    Budget = 5,
}
