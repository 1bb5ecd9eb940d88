using System.Text.RegularExpressions;
using VixShield.Live.Reports.Comparison;
using VixShield.Live.Reports.Writers;
using static VixShield.Live.Reports.Tests.ReportBuilders;

namespace VixShield.Live.Reports.Tests.Writers;

public partial class HtmlReportWriterTests
{
    private static ComparisonReport Report(bool withHedge = true)
    {
        var days = Enumerable.Range(0, 30).Select(i =>
        {
            var date = Date(2024, 1, 1).PlusDays(i);
            var hold = i % 5 == 3 ? -400m - i : 45m;
            List<ArmDay> arms =
            [
                new("hold_to_expiry", hold, 20m, false, 0, 0m),
                new("stop_1x", hold < 0 ? -100m : 45m, 30m, hold < 0, 0, 0m),
            ];
            if (withHedge)
            {
                arms.Add(new ArmDay("alvh_signal_layers", hold < 0 ? hold / 2 : 30m, 10m, false, hold < 0 ? 1 : 0, 15m));
            }

            return new ComparisonDay(date, 4800m + i, 0.45m, hold < 0 ? 4.9m : 0m, new CondorStrikes(4700m, 4705m, 4900m, 4905m, 4810m), arms);
        }).ToList();
        return ComparisonReport.Create(days, Method(capital: 100_000m) with { SkippedEntries = ["no condor for 2024-01-15: <no VIX>"] });
    }

    [Fact]
    public void Write_Report_HasEverySection()
    {
        var sut = HtmlReportWriter.Write(Report());

        Assert.StartsWith("<!DOCTYPE html>", sut, StringComparison.Ordinal);
        foreach (var section in new[] { "class=\"headline\"", "<table class=\"summary\">", "class=\"equity\"", "class=\"drawdown\"", "class=\"worst-days\"", "class=\"years\"", "id=\"method\"", "class=\"inputs\"" })
        {
            Assert.Contains(section, sut, StringComparison.Ordinal);
        }

        Assert.Equal(2, Regex.Matches(sut, "<svg ").Count);
        Assert.Contains("Method and assumptions", sut, StringComparison.Ordinal);
        Assert.Contains("The intraday path", sut, StringComparison.Ordinal);
        Assert.Contains("Sharpe ratio", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Report_SelfContained()
    {
        var sut = HtmlReportWriter.Write(Report());

        Assert.DoesNotContain("<script", sut, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", sut, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", sut, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", sut, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Regex.Matches(sut, "http://www.w3.org/2000/svg").Count, Regex.Matches(sut, "https?://").Count);
    }

    [Fact]
    public void Write_HedgedArm_HeadlineStatesTheReductionAndVerdict()
    {
        var sut = HtmlReportWriter.Write(Report());

        var report = Report();
        var reduction = report.Summary.Reductions.Single(r => r.Baseline.Key == "hold_to_expiry").Reduction!.Value;
        Assert.Contains(VixShield.Live.Reports.Formatting.ReportFormat.Percent(reduction), sut, StringComparison.Ordinal);
        Assert.Contains("claimed 40-65%", sut, StringComparison.Ordinal);
        Assert.Contains("verdict", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoHedgedArm_HeadlineExplainsWhy()
    {
        var sut = HtmlReportWriter.Write(Report(withHedge: false));

        Assert.Contains("No ALVH arm was reported in this run", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_WorstDays_TenRowsWorstFirstWithStopTags()
    {
        var sut = HtmlReportWriter.Write(Report());

        var section = sut[sut.IndexOf("class=\"worst-days\"", StringComparison.Ordinal)..sut.IndexOf("class=\"years\"", StringComparison.Ordinal)];
        var rows = Regex.Matches(section, "<tr><td>(\\d{4}-\\d{2}-\\d{2})</td>");
        Assert.Equal(10, rows.Count);
        Assert.Equal("2024-01-29", rows[0].Groups[1].Value); // -428, the largest loss
        Assert.Equal("2024-01-04", rows[5].Groups[1].Value); // -403, the smallest of the six losses
        Assert.Equal("2024-01-01", rows[6].Groups[1].Value); // then equal gains, earliest first
        Assert.Contains("<span class=\"tag\">stopped</span>", section, StringComparison.Ordinal);
        Assert.Contains("1 layer", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoDays_SaysSoAndStillDescribesMethodAndInputs()
    {
        var sut = HtmlReportWriter.Write(ComparisonReport.Create([], Method()));

        Assert.Contains("No condor days", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", sut, StringComparison.Ordinal);
        Assert.Contains("id=\"method\"", sut, StringComparison.Ordinal);
        Assert.Contains("spx.csv", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TextFromTheRun_IsEscaped()
    {
        var sut = HtmlReportWriter.Write(Report());

        Assert.Contains("no condor for 2024-01-15: &lt;no VIX&gt;", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SameReportTwice_SameText()
    {
        Assert.Equal(HtmlReportWriter.Write(Report()), HtmlReportWriter.Write(Report()));
    }
}
