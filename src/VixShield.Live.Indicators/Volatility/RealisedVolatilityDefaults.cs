namespace VixShield.Live.Indicators.Volatility;

/// <summary>Default parameters of <see cref="RealisedVolatility"/> and of annualising daily figures.</summary>
public static class RealisedVolatilityDefaults
{
    /// <summary>Number of daily log returns in the window. <value>The default is 20 (about one trading month).</value></summary>
    public const int Period = 20;

    /// <summary>Trading days per year used to annualise. <value>The default is 252.</value></summary>
    public const int TradingDaysPerYear = 252;
}
