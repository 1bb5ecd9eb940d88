namespace VixShield.Live.Indicators.Volatility;

/// <summary>Default parameters of <see cref="ExpectedDailyMove"/>.</summary>
public static class ExpectedDailyMoveDefaults
{
    /// <summary>Trading days per year that turn VIX's annual figure into a daily one. <value>The default is 252.</value></summary>
    public const int TradingDaysPerYear = 252;
}
