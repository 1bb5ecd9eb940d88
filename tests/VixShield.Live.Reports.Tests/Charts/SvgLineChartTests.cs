using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using VixShield.Live.Reports.Charts;
using static VixShield.Live.Reports.Tests.ReportBuilders;

namespace VixShield.Live.Reports.Tests.Charts;

public partial class SvgLineChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static List<ChartSeries> TwoSeries() =>
    [
        new("Hold <unhedged>", "#374151", [.. Enumerable.Range(0, 400).Select(i => new ChartPoint(Date(2019, 1, 1).PlusDays(i * 3), 100_000 + (i * 50) - (i % 7 * 400)))]),
        new("ALVH signal-layers", "#2563eb", [.. Enumerable.Range(0, 400).Select(i => new ChartPoint(Date(2019, 1, 1).PlusDays(i * 3), 100_000 + (i * 30)))]),
    ];

    [Fact]
    public void Render_TwoSeries_IsWellFormedSvgWithOneLinePerSeriesAndALegend()
    {
        var sut = XElement.Parse(SvgLineChart.Render(TwoSeries(), new LineChartOptions { Title = "Equity" }));

        Assert.Equal(Svg + "svg", sut.Name);
        Assert.Equal("Equity", sut.Element(Svg + "title")!.Value);
        var lines = sut.Descendants(Svg + "path").Where(p => (string?)p.Attribute("class") == "line").ToList();
        Assert.Equal(["#374151", "#2563eb"], lines.Select(l => (string?)l.Attribute("stroke")));
        Assert.DoesNotContain(sut.Descendants(Svg + "path"), p => (string?)p.Attribute("class") == "area");
        var legend = Group(sut, "legend");
        Assert.Equal(["Hold <unhedged>", "ALVH signal-layers"], legend.Elements(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void Render_MoneyAxis_LabelsAreRoundCompactDollarsInOrder()
    {
        var sut = XElement.Parse(SvgLineChart.Render(TwoSeries(), new LineChartOptions { Title = "Equity" }));

        // Data 97,900 to 119,950: step 5,000 from $95k to $120k.
        Assert.Equal(["$95k", "$100k", "$105k", "$110k", "$115k", "$120k"], Group(sut, "axis-y").Elements(Svg + "text").Select(t => t.Value));
        var ys = Group(sut, "axis-y").Elements(Svg + "text").Select(t => double.Parse((string)t.Attribute("y")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(ys.OrderDescending(), ys); // higher values sit higher on the page
    }

    [Fact]
    public void Render_DateAxis_YearTicksInsideThePlot()
    {
        var sut = XElement.Parse(SvgLineChart.Render(TwoSeries(), new LineChartOptions { Title = "Equity" }));

        var labels = Group(sut, "axis-x").Elements(Svg + "text").ToList();
        Assert.Contains(labels, t => t.Value is "2020" or "Jan 2020");
        Assert.All(labels, t =>
            Assert.InRange(double.Parse((string)t.Attribute("x")!, CultureInfo.InvariantCulture), SvgLineChart.LeftMargin, 1100 - SvgLineChart.RightMargin));
    }

    [Fact]
    public void Render_AllCoordinatesInsideTheViewBox()
    {
        var text = SvgLineChart.Render(TwoSeries(), new LineChartOptions { Title = "Equity", Width = 800, Height = 300 });

        var path = XElement.Parse(text).Descendants(Svg + "path").First(p => (string?)p.Attribute("class") == "line");
        foreach (Match point in PathPoint().Matches((string)path.Attribute("d")!))
        {
            Assert.InRange(double.Parse(point.Groups[1].Value, CultureInfo.InvariantCulture), SvgLineChart.LeftMargin, 800 - SvgLineChart.RightMargin);
            Assert.InRange(double.Parse(point.Groups[2].Value, CultureInfo.InvariantCulture), SvgLineChart.TopMargin, 300 - SvgLineChart.BottomMargin);
        }
    }

    [Fact]
    public void Render_ShadeToZero_AreaClosedOnTheZeroLineAndZeroOnTheAxis()
    {
        List<ChartSeries> drawdown = [new("Stop", "#ea580c", [new(Date(2020, 1, 1), 0), new(Date(2020, 6, 1), -2_500), new(Date(2020, 12, 31), -400)])];

        var sut = XElement.Parse(SvgLineChart.Render(drawdown, new LineChartOptions { Title = "Drawdown", ShadeToZero = true }));

        var area = sut.Descendants(Svg + "path").Single(p => (string?)p.Attribute("class") == "area");
        Assert.Equal("#ea580c", (string?)area.Attribute("fill"));
        Assert.EndsWith("Z", (string)area.Attribute("d")!, StringComparison.Ordinal);
        Assert.Contains("$0", Group(sut, "axis-y").Elements(Svg + "text").Select(t => t.Value));
        Assert.Contains("-$2.5k", Group(sut, "axis-y").Elements(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void Render_PercentAxis_LabelsWithTheDecimalsTheStepNeeds()
    {
        List<ChartSeries> series = [new("Arm", "#000", [new(Date(2020, 1, 1), 0), new(Date(2020, 2, 1), -0.023)])];

        var sut = XElement.Parse(SvgLineChart.Render(series, new LineChartOptions { Title = "Drawdown %", ValueFormat = AxisFormat.Percent }));

        Assert.Equal(["-2.5%", "-2.0%", "-1.5%", "-1.0%", "-0.5%", "0.0%"], Group(sut, "axis-y").Elements(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void Render_NoPoints_SaysSoInsteadOfDrawing()
    {
        var sut = SvgLineChart.Render([new ChartSeries("Empty", "#000", [])], new LineChartOptions { Title = "Nothing" });

        Assert.Contains("No data in the range", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("<path", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SameInputTwice_SameText()
    {
        var options = new LineChartOptions { Title = "Equity" };

        Assert.Equal(SvgLineChart.Render(TwoSeries(), options), SvgLineChart.Render(TwoSeries(), options));
    }

    private static XElement Group(XElement svg, string cssClass) =>
        svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == cssClass);

    [GeneratedRegex(@"[ML](-?[\d.]+) (-?[\d.]+)")]
    private static partial Regex PathPoint();
}
