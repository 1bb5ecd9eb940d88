namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>Why the feed did not write a tick (the engine must never act on it).</summary>
public enum TickRejectionKind : byte
{
    /// <summary>-1: TWS's "no current value" (a closed market); also NaN, infinite or unset prices, which the decoder reads as -1.</summary>
    NoData = 0,

    /// <summary>Zero or negative.</summary>
    NotPositive = 1,

    /// <summary>Further than the jump fraction from the last accepted value, and not (yet) confirmed by consecutive ticks.</summary>
    Jump = 2,
}
