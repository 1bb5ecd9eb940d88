namespace VixShield.Live.Domain.Pricing;

/// <summary>Default values of <see cref="PricingOptions"/>; rough, documented market conventions, all configurable.</summary>
public static class PricingDefaults
{
    /// <summary>Continuously compounded risk-free rate: 4% (short US T-bill yields in 2025-2026).</summary>
    public const double RiskFreeRate = 0.04;

    /// <summary>Continuous dividend yield of the S&amp;P 500: 1.3%.</summary>
    public const double DividendYield = 0.013;

    /// <summary>ATM implied volatility as a fraction of the VIX-family index: 0.90, because those indexes are
    /// variance-swap rates that include the put-skew premium and so sit above at-the-money volatility.</summary>
    public const double AtmVolatilityToIndexRatio = 0.90;

    /// <summary>Relative volatility added per standard deviation below the forward: 0.30 (a one-sigma put trades at 1.3x ATM vol).</summary>
    public const double PutWingSlope = 0.30;

    /// <summary>Relative volatility added per standard deviation above the forward: -0.10 (a one-sigma call trades at 0.9x ATM vol).</summary>
    public const double CallWingSlope = -0.10;

    /// <summary>Moneyness beyond which the skew stays flat: 4 standard deviations.</summary>
    public const double WingLimitStandardDeviations = 4.0;

    /// <summary>Floor on any model volatility: 1%.</summary>
    public const double MinimumVolatility = 0.01;

    /// <summary>Vol-of-vol for VIX options when VVIX is not available: 0.90 (VVIX has averaged about 90 since 2007).</summary>
    public const double DefaultVolatilityOfVolatility = 0.90;

    /// <summary>Relative change of VIX option volatility per unit of log-moneyness ln(K/F): 0.50 (VIX calls carry an upward skew).</summary>
    public const double VixSkewSlope = 0.50;
}
