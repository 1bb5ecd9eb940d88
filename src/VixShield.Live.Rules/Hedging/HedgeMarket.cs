using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Rules.Hedging;

/// <summary>The market levels the ALVH engine prices hedges from, in index points; a value type so each quote costs nothing.</summary>
/// <param name="Spx">Last SPX level (drives the move signals).</param>
/// <param name="Vix">Last VIX level (required; also the settlement proxy for expiring VIX options).</param>
/// <param name="Vix9d">VIX9D when the feed has it.</param>
/// <param name="Vix3m">VIX3M when available (term structure and VIX/VIX3M).</param>
/// <param name="Vix6m">VIX6M when available (longer-dated VIX futures levels).</param>
/// <param name="Vvix">VVIX when available (VIX option volatility; else the pricing default).</param>
/// <param name="FuturesCurve">Quoted VIX futures, preferred over the term-structure estimate where they cover an expiry.</param>
public readonly record struct HedgeMarket(
    decimal Spx,
    decimal Vix,
    decimal? Vix9d = null,
    decimal? Vix3m = null,
    decimal? Vix6m = null,
    decimal? Vvix = null,
    VixFuturesCurve? FuturesCurve = null)
{
    public VolatilityIndexLevels Levels => new(Vix, Vix9d, Vix3m, Vix6m, Vvix);
}
