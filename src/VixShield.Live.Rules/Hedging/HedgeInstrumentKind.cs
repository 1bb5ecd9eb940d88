namespace VixShield.Live.Rules.Hedging;

/// <summary>What a hedge layer buys. Written in rulesets as <c>vix-call</c>, <c>vix-future</c> or <c>etp</c>.</summary>
public enum HedgeInstrumentKind : byte
{
    /// <summary>A monthly VIX call, struck a percentage out of the money or at a target delta, within a DTE band; priced with the VIX option model.</summary>
    VixCall = 0,

    /// <summary>The monthly VIX future N months out. Validated, but this engine cannot size or price it yet.</summary>
    VixFuture = 1,

    /// <summary>Shares of a VIX exchange-traded product (VXX, UVXY, ...). Validated, but this engine cannot price it yet.</summary>
    ExchangeTradedProduct = 2,
}
