using VixShield.Live.Reports.Charts;
using VixShield.Live.Reports.Metrics;

namespace VixShield.Live.Reports.Writers;

/// <summary>The report's two charts, every arm in its palette colour: equity, and drawdown from the running peak.</summary>
/// <remarks>Used inline by <see cref="HtmlReportWriter"/> and written as standalone files (<c>equity.svg</c>,
/// <c>drawdown.svg</c>) for pages such as the README that cannot embed the HTML.</remarks>
public static class ReportCharts
{
    public const string EquityFileName = "equity.svg";

    public const string DrawdownFileName = "drawdown.svg";

    public static string Equity(ComparisonSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return SvgLineChart.Render(
            Series(summary, point => (double)point.Equity),
            new LineChartOptions { Title = "Equity by arm", Baseline = (double)summary.Capital });
    }

    public static string Drawdown(ComparisonSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return SvgLineChart.Render(
            Series(summary, point => -(double)point.Drawdown),
            new LineChartOptions { Title = "Drawdown from peak equity by arm", ShadeToZero = true, Height = 300 });
    }

    private static List<ChartSeries> Series(ComparisonSummary summary, Func<EquityPoint, double> value)
    {
        var series = new List<ChartSeries>(summary.Arms.Count);
        for (var i = 0; i < summary.Arms.Count; i++)
        {
            var arm = summary.Arms[i];
            series.Add(new ChartSeries(
                arm.DisplayName,
                ArmPalette.ColorOf(arm, summary.Arms),
                [.. summary.Curves[i].Points.Select(point => new ChartPoint(point.Date, value(point)))]));
        }

        return series;
    }
}
