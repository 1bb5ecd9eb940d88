using VixShield.Live.Indicators.Breadth;
using VixShield.Live.Indicators.Momentum;
using VixShield.Live.Indicators.Volatility;

namespace VixShield.Live.Indicators.Signals;

/// <summary>Defaults of <see cref="MarketSignalsOptions"/> (spec section 3).</summary>
public static class MarketSignalsDefaults
{
    /// <summary><value>The default is 14.</value></summary>
    public const int RsiPeriod = RelativeStrengthIndexDefaults.Period;

    /// <summary><value>The default is 12.</value></summary>
    public const int MacdFastPeriod = MovingAverageConvergenceDivergenceDefaults.FastPeriod;

    /// <summary><value>The default is 26.</value></summary>
    public const int MacdSlowPeriod = MovingAverageConvergenceDivergenceDefaults.SlowPeriod;

    /// <summary><value>The default is 9.</value></summary>
    public const int MacdSignalPeriod = MovingAverageConvergenceDivergenceDefaults.SignalPeriod;

    /// <summary><value>The default is 20.</value></summary>
    public const int MacdBearishLookbackDays = MacdBearishDefaults.LookbackDays;

    /// <summary><value>The default is 3.</value></summary>
    public const int WeeklyShrinkingWeeks = WeeklyMacdWarningDefaults.ShrinkingWeeks;

    /// <summary><value>The default is 20.</value></summary>
    public const int DivergenceLookbackDays = AdvanceDeclineDivergenceDefaults.LookbackDays;

    /// <summary><value>The default is 1.0.</value></summary>
    public const double DivergenceProximityPercent = AdvanceDeclineDivergenceDefaults.ProximityPercent;

    /// <summary>Divergence days at which the divergence signal turns on. <value>The default is 10.</value></summary>
    public const int DivergenceDaysThreshold = 10;

    /// <summary>VIX/VIX3M above this turns the inversion signal on. <value>The default is 1.0.</value></summary>
    public const double TermStructureInversionRatio = 1.0;

    /// <summary>VIX/VIX3M below this turns the inversion signal off again. <value>The default is 0.99.</value></summary>
    /// <remarks>A little below the inversion ratio so a ratio hovering at 1.0 (VIX and VIX3M print every 15 seconds)
    /// does not flood operators with on/off alerts; set it equal to the inversion ratio for a plain crossing.</remarks>
    public const double TermStructureRecoveryRatio = 0.99;

    /// <summary><value>The default is 252.</value></summary>
    public const int TradingDaysPerYear = ExpectedDailyMoveDefaults.TradingDaysPerYear;
}
