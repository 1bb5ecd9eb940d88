namespace VixShield.Live.Indicators.Breadth;

/// <summary>Default parameters of <see cref="AdvanceDeclineDivergence"/>.</summary>
public static class AdvanceDeclineDivergenceDefaults
{
    /// <summary>Days in the rolling highs of the index and of the A/D line. <value>The default is 20.</value></summary>
    public const int LookbackDays = 20;

    /// <summary>How close to its high the index must be, in percent of the high. <value>The default is 1.0.</value></summary>
    public const double ProximityPercent = 1.0;
}
