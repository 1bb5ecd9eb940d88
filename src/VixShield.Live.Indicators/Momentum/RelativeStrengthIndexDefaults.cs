namespace VixShield.Live.Indicators.Momentum;

/// <summary>Default parameters of <see cref="RelativeStrengthIndex"/>.</summary>
public static class RelativeStrengthIndexDefaults
{
    /// <summary>Wilder's look-back. <value>The default is 14.</value></summary>
    public const int Period = 14;
}
