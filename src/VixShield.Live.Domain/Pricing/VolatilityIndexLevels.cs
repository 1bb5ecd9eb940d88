namespace VixShield.Live.Domain.Pricing;

/// <summary>The CBOE volatility indexes the pricing model reads, in index points (VIX 16.2 means 16.2% a year).</summary>
/// <param name="Vix">30-day implied volatility of SPX (required).</param>
/// <param name="Vix9d">9-day SPX implied volatility, when the feed has it; the better input for one-day options.</param>
/// <param name="Vix3m">93-day SPX implied volatility, when available.</param>
/// <param name="Vix6m">183-day SPX implied volatility, when available.</param>
/// <param name="Vvix">30-day implied volatility of VIX (the vol-of-vol), when available.</param>
public readonly record struct VolatilityIndexLevels(
    decimal Vix,
    decimal? Vix9d = null,
    decimal? Vix3m = null,
    decimal? Vix6m = null,
    decimal? Vvix = null);
