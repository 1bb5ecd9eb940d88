using NodaTime;

namespace VixShield.Live.Reports.Charts;

/// <summary>One value of a time series on a chart.</summary>
public readonly record struct ChartPoint(LocalDate Date, double Value);
