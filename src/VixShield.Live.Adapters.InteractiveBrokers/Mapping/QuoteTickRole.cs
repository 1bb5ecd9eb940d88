namespace VixShield.Live.Adapters.InteractiveBrokers.Mapping;

/// <summary>What a TICK_PRICE means for a quote, live and delayed tick types alike (brief §7).</summary>
public enum QuoteTickRole : byte
{
    /// <summary>A tick the quote does not use (high, low, open, mark, …).</summary>
    None = 0,

    Bid = 1,

    Ask = 2,

    Last = 3,

    /// <summary>The prior session's close: a reference level for plausibility checks, never a quote.</summary>
    PriorClose = 4,
}
