using System.Text;
using NodaTime;
using VixShield.Live.Reports.Formatting;

namespace VixShield.Live.Reports.Charts;

/// <summary>Draws time series as a self-contained inline SVG line chart: value grid and labels, date ticks, a legend, and
/// optionally each line's area to zero shaded (drawdown charts).</summary>
/// <remarks>
/// <para>Output is a pure function of the input: invariant number formatting, coordinates to 0.1 px, elements in series
/// order. Each part has a class (<c>grid</c>, <c>axis-y</c>, <c>axis-x</c>, <c>series</c>, <c>area</c>, <c>line</c>,
/// <c>legend</c>) so a page can style it and tests can find it; colours are also set as attributes so the SVG looks
/// right on its own.</para>
/// <para>Long series are thinned per pixel column by <see cref="SeriesDownsampler"/>, keeping every column's extremes.</para>
/// </remarks>
public static class SvgLineChart
{
    public const int LeftMargin = 76;
    public const int RightMargin = 24;
    public const int TopMargin = 40;
    public const int BottomMargin = 34;

    private const int ValueIntervals = 6;
    private const int PixelsPerDateTick = 90;
    private const string GridColor = "#e5e7eb";
    private const string AxisColor = "#9ca3af";
    private const string LabelColor = "#4b5563";
    private const string FontFamily = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

    public static string Render(IReadOnlyList<ChartSeries> series, LineChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        var svg = new StringBuilder(64 * 1024);
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
            .Append(options.Width).Append(' ').Append(options.Height)
            .Append("\" role=\"img\" font-family=\"").Append(FontFamily).Append("\" font-size=\"12\">")
            .Append("<title>").Append(ReportFormat.Escape(options.Title)).Append("</title>")
            .Append("<rect class=\"background\" width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        var withData = series.Where(s => s.Points.Count > 0).ToList();
        if (withData.Count == 0)
        {
            svg.Append("<text x=\"").Append(options.Width / 2).Append("\" y=\"").Append(options.Height / 2)
                .Append("\" text-anchor=\"middle\" fill=\"").Append(LabelColor).Append("\">No data in the range</text></svg>");
            return svg.ToString();
        }

        var plotLeft = (double)LeftMargin;
        var plotRight = (double)options.Width - RightMargin;
        var plotTop = (double)TopMargin;
        var plotBottom = (double)options.Height - BottomMargin;
        var firstDate = withData.Min(s => s.Points[0].Date);
        var lastDate = withData.Max(s => s.Points[^1].Date);
        var xStart = DateAxis.Position(firstDate);
        var xEnd = DateAxis.Position(lastDate);
        if (xEnd <= xStart)
        {
            xStart -= 1;
            xEnd += 1;
        }

        var x = new LinearScale(xStart, xEnd, plotLeft, plotRight);
        var axis = ValueAxis(withData, options);
        var y = new LinearScale(axis.Minimum, axis.Maximum, plotBottom, plotTop);

        AppendValueGrid(svg, axis, y, plotLeft, plotRight, options.ValueFormat);
        AppendDateAxis(svg, firstDate, lastDate, x, plotTop, plotBottom);
        var thinned = withData
            .Select(line => SeriesDownsampler.MinMaxPerColumn(line.Points, p => (int)Math.Floor(x.Map(DateAxis.Position(p.Date)))))
            .ToList();
        svg.Append("<g class=\"series\">");
        if (options.ShadeToZero)
        {
            // Every area goes under every line, so no shading hides another arm's line.
            for (var i = 0; i < withData.Count; i++)
            {
                AppendArea(svg, withData[i].Color, thinned[i], x, y);
            }
        }

        for (var i = 0; i < withData.Count; i++)
        {
            AppendLine(svg, withData[i].Color, thinned[i], x, y);
        }

        svg.Append("</g>");
        AppendLegend(svg, series, plotLeft);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static NiceAxis ValueAxis(List<ChartSeries> series, LineChartOptions options)
    {
        var minimum = series.Min(s => s.Points.Min(p => p.Value));
        var maximum = series.Max(s => s.Points.Max(p => p.Value));
        if (options.ShadeToZero)
        {
            minimum = Math.Min(minimum, 0);
            maximum = Math.Max(maximum, 0);
        }

        if (options.Baseline is { } baseline)
        {
            minimum = Math.Min(minimum, baseline);
            maximum = Math.Max(maximum, baseline);
        }

        return NiceAxis.For(minimum, maximum, ValueIntervals);
    }

    private static void AppendValueGrid(StringBuilder svg, NiceAxis axis, LinearScale y, double left, double right, AxisFormat format)
    {
        svg.Append("<g class=\"grid\">");
        foreach (var tick in axis.Ticks)
        {
            var position = ReportFormat.Coordinate(y.Map(tick));
            var stroke = tick == 0 ? AxisColor : GridColor;
            svg.Append("<line x1=\"").Append(ReportFormat.Coordinate(left)).Append("\" x2=\"").Append(ReportFormat.Coordinate(right))
                .Append("\" y1=\"").Append(position).Append("\" y2=\"").Append(position)
                .Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\"1\"/>");
        }

        svg.Append("</g><g class=\"axis-y\" fill=\"").Append(LabelColor).Append("\" text-anchor=\"end\">");
        foreach (var tick in axis.Ticks)
        {
            svg.Append("<text x=\"").Append(ReportFormat.Coordinate(left - 8)).Append("\" y=\"").Append(ReportFormat.Coordinate(y.Map(tick) + 4))
                .Append("\">").Append(ReportFormat.Escape(FormatValue(tick, axis.Step, format))).Append("</text>");
        }

        svg.Append("</g>");
    }

    private static void AppendDateAxis(StringBuilder svg, LocalDate first, LocalDate last, LinearScale x, double top, double bottom)
    {
        var maximumTicks = Math.Max(2, (int)((x.RangeEnd - x.RangeStart) / PixelsPerDateTick));
        svg.Append("<g class=\"axis-x\" fill=\"").Append(LabelColor).Append("\" text-anchor=\"middle\">")
            .Append("<line x1=\"").Append(ReportFormat.Coordinate(x.RangeStart)).Append("\" x2=\"").Append(ReportFormat.Coordinate(x.RangeEnd))
            .Append("\" y1=\"").Append(ReportFormat.Coordinate(bottom)).Append("\" y2=\"").Append(ReportFormat.Coordinate(bottom))
            .Append("\" stroke=\"").Append(AxisColor).Append("\"/>");
        foreach (var tick in DateAxis.Ticks(first, last, maximumTicks))
        {
            var position = ReportFormat.Coordinate(x.Map(DateAxis.Position(tick.Date)));
            svg.Append("<line x1=\"").Append(position).Append("\" x2=\"").Append(position)
                .Append("\" y1=\"").Append(ReportFormat.Coordinate(top)).Append("\" y2=\"").Append(ReportFormat.Coordinate(bottom + 5))
                .Append("\" stroke=\"").Append(GridColor).Append("\"/>")
                .Append("<text x=\"").Append(position).Append("\" y=\"").Append(ReportFormat.Coordinate(bottom + 20)).Append("\">")
                .Append(ReportFormat.Escape(tick.Label)).Append("</text>");
        }

        svg.Append("</g>");
    }

    private static void AppendLine(StringBuilder svg, string color, IReadOnlyList<ChartPoint> points, LinearScale x, LinearScale y)
    {
        svg.Append("<path class=\"line\" fill=\"none\" stroke=\"").Append(ReportFormat.Escape(color))
            .Append("\" stroke-width=\"1.6\" stroke-linejoin=\"round\" d=\"");
        AppendPoints(svg, points, x, y, moveFirst: true);
        svg.Append("\"/>");
    }

    private static void AppendArea(StringBuilder svg, string color, IReadOnlyList<ChartPoint> points, LinearScale x, LinearScale y)
    {
        var zero = ReportFormat.Coordinate(y.Map(0));
        svg.Append("<path class=\"area\" stroke=\"none\" fill=\"").Append(ReportFormat.Escape(color)).Append("\" fill-opacity=\"0.08\" d=\"M")
            .Append(ReportFormat.Coordinate(x.Map(DateAxis.Position(points[0].Date)))).Append(' ').Append(zero);
        AppendPoints(svg, points, x, y, moveFirst: false);
        svg.Append('L').Append(ReportFormat.Coordinate(x.Map(DateAxis.Position(points[^1].Date)))).Append(' ').Append(zero).Append("Z\"/>");
    }

    private static void AppendPoints(StringBuilder svg, IReadOnlyList<ChartPoint> points, LinearScale x, LinearScale y, bool moveFirst)
    {
        for (var i = 0; i < points.Count; i++)
        {
            svg.Append(i == 0 && moveFirst ? 'M' : 'L')
                .Append(ReportFormat.Coordinate(x.Map(DateAxis.Position(points[i].Date)))).Append(' ')
                .Append(ReportFormat.Coordinate(y.Map(points[i].Value)));
        }
    }

    private static void AppendLegend(StringBuilder svg, IReadOnlyList<ChartSeries> series, double left)
    {
        svg.Append("<g class=\"legend\" fill=\"#111827\">");
        var position = left;
        const double Baseline = 20;
        foreach (var line in series)
        {
            var color = ReportFormat.Escape(line.Color);
            svg.Append("<rect x=\"").Append(ReportFormat.Coordinate(position)).Append("\" y=\"").Append(ReportFormat.Coordinate(Baseline - 5))
                .Append("\" width=\"16\" height=\"3\" rx=\"1.5\" fill=\"").Append(color).Append("\"/>")
                .Append("<text x=\"").Append(ReportFormat.Coordinate(position + 22)).Append("\" y=\"").Append(ReportFormat.Coordinate(Baseline))
                .Append("\">").Append(ReportFormat.Escape(line.Name)).Append("</text>");
            position += 22 + (line.Name.Length * 6.6) + 22;
        }

        svg.Append("</g>");
    }

    /// <summary>Percent ticks get as many decimals as the step needs (a 2.5% step shows one), money is compact.</summary>
    private static string FormatValue(double value, double step, AxisFormat format)
    {
        if (format != AxisFormat.Percent)
        {
            return ReportFormat.CompactMoney(value);
        }

        var decimals = 0;
        for (var percentStep = step * 100; decimals < 3 && Math.Abs(percentStep - Math.Round(percentStep)) > 1e-9; percentStep *= 10)
        {
            decimals++;
        }

        return ReportFormat.Percent(value, decimals);
    }
}
