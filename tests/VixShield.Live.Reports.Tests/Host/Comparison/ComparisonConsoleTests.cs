using VixShield.Live.Comparison;
using VixShield.Live.Reports.Comparison;
using static VixShield.Live.Reports.Tests.ReportBuilders;

namespace VixShield.Live.Reports.Tests.Host.Comparison;

public class ComparisonConsoleTests
{
    [Fact]
    public void WriteSummary_HedgedArm_TableRowPerFigureAndHeadlineWithVerdicts()
    {
        // Drawdowns: unhedged 300, stop 200, ALVH 150 -> 50% (within 40-65%) and 25% (below).
        var days = new List<ComparisonDay>
        {
            Day(Date(2024, 1, 1), ("hold_to_expiry", 100m), ("stop_1x", 100m), ("alvh_signal_layers", 100m)),
            Day(Date(2024, 1, 2), ("hold_to_expiry", -300m), ("stop_1x", -200m), ("alvh_signal_layers", -150m)),
        };
        using var output = new StringWriter();
        var sut = ComparisonConsole.Create(output, terminal: false);

        ComparisonConsole.WriteSummary(sut, ComparisonReport.Create(days, Method()));

        var text = output.ToString();
        Assert.Contains("ALVH signal-layers", text, StringComparison.Ordinal);
        Assert.Contains("Max drawdown", text, StringComparison.Ordinal);
        Assert.Contains("ALVH signal-layers vs Hold to expiry (unhedged): 50.0% ($150 vs $300), within the claim", text, StringComparison.Ordinal);
        Assert.Contains("ALVH signal-layers vs Stop at 1x credit: 25.0% ($150 vs $200), below the claim", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteSummary_NoHedgedArm_SaysThereIsNoHeadline()
    {
        using var output = new StringWriter();
        var sut = ComparisonConsole.Create(output, terminal: false);

        ComparisonConsole.WriteSummary(sut, ComparisonReport.Create(Series("hold_to_expiry", 45m, -300m), Method()));

        Assert.Contains("No ALVH arm in the engine's daily comparison", output.ToString(), StringComparison.Ordinal);
    }
}
