namespace VixShield.Live.Indicators.Signals;

/// <summary>Default parameters of <see cref="WeeklyMacdWarning"/>.</summary>
public static class WeeklyMacdWarningDefaults
{
    /// <summary>Consecutive weeks of a shrinking histogram that raise the warning. <value>The default is 3.</value></summary>
    public const int ShrinkingWeeks = 3;
}
