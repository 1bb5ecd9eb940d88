namespace VixShield.Live.Rules.Hedging;

/// <summary>Why a layer closed.</summary>
public enum HedgeLayerCloseCause : byte
{
    /// <summary>The move came back within the configured sigmas of the condor's entry and the layer was in profit.</summary>
    MoveReturned = 0,

    /// <summary>Days to expiry fell below the layer's close threshold.</summary>
    Expiry = 1,

    /// <summary>The option reached its AM settlement and was cash-settled.</summary>
    Settled = 2,

    /// <summary>A roll sold the old contract but could not buy the new one (see the reason).</summary>
    RollFailed = 3,
}
