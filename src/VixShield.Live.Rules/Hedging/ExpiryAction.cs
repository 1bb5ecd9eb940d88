namespace VixShield.Live.Rules.Hedging;

/// <summary>What happens to a layer as its expiry approaches. Written <c>settle</c>, <c>close</c> or <c>roll</c>.</summary>
public enum ExpiryAction : byte
{
    /// <summary>Hold to the AM settlement and take the cash settlement.</summary>
    Settle = 0,

    /// <summary>Sell when days to expiry fall below the threshold.</summary>
    Close = 1,

    /// <summary>Sell and buy the same layer again at its configured DTE when days to expiry fall below the threshold (ladder buckets).</summary>
    Roll = 2,
}
