namespace VixShield.Live.Reports.Charts;

/// <summary>How the value axis labels its ticks.</summary>
public enum AxisFormat : byte
{
    /// <summary>Dollars, compact: <c>$25k</c>.</summary>
    Money = 0,

    /// <summary>Fractions as percentages: 0.05 is <c>5%</c>.</summary>
    Percent = 1,
}
