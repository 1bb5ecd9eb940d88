namespace VixShield.Live.Reports.Charts;

/// <summary>How <see cref="SvgLineChart"/> draws a chart.</summary>
public sealed record LineChartOptions
{
    /// <summary>Read by screen readers (the SVG's title element).</summary>
    public required string Title { get; init; }

    /// <summary>The SVG's own coordinate width; it scales to its container.</summary>
    /// <value>The default is 1100.</value>
    public int Width { get; init; } = 1100;

    /// <value>The default is 360.</value>
    public int Height { get; init; } = 360;

    /// <value>The default is <see cref="AxisFormat.Money"/>.</value>
    public AxisFormat ValueFormat { get; init; } = AxisFormat.Money;

    /// <summary>Fill the area between each line and zero (drawdown charts), and keep zero on the axis.</summary>
    /// <value>The default is false.</value>
    public bool ShadeToZero { get; init; }

    /// <summary>A value always shown on the value axis (the starting capital of an equity chart), or null.</summary>
    public double? Baseline { get; init; }
}
