namespace VixShield.Live.Indicators.Signals;

/// <summary>Default parameters of <see cref="MacdBearish"/>.</summary>
public static class MacdBearishDefaults
{
    /// <summary>Days over which a higher high in price and a lower high in the histogram are compared, and for
    /// which a detected divergence stays in force. <value>The default is 20.</value></summary>
    public const int LookbackDays = 20;
}
