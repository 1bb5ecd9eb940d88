namespace VixShield.Live.Reports.Charts;

/// <summary>One line of a chart: its legend name, its colour (a CSS colour such as <c>#2563eb</c>) and its points in date order.</summary>
public sealed record ChartSeries(string Name, string Color, IReadOnlyList<ChartPoint> Points);
