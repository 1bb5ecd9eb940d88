using VixShield.Live.Reports.Comparison;
using VixShield.Live.Reports.Metrics;
using VixShield.Live.Reports.Writers;
using static VixShield.Live.Reports.Tests.ReportBuilders;

namespace VixShield.Live.Reports.Tests.Writers;

public class SummaryCsvWriterTests
{
    private static ComparisonSummary Summary() => ComparisonSummary.Compute(
        [
            Day(Date(2024, 1, 1), ("hold_to_expiry", 100m), ("stop_1x", 100m), ("alvh_signal_layers", 100m)),
            Day(Date(2024, 1, 2), ("hold_to_expiry", -300m), ("stop_1x", -200m), ("alvh_signal_layers", -150m)),
        ],
        10_000m);

    [Fact]
    public void Write_Header_ListsEveryFigureAndOneReductionColumnPerBaseline()
    {
        var header = SummaryCsvWriter.Write(Summary()).Split('\n')[0];

        Assert.Equal(
            "arm,name,kind,days,total_pnl,annualised_pnl,total_return,annualised_return,max_drawdown,max_drawdown_fraction," +
            "max_drawdown_peak,max_drawdown_trough,worst_day,worst_day_date,worst_5pct_average,worst_5pct_days,win_rate," +
            "profit_factor,sharpe,hedge_cost,hedge_cost_per_year,stops_or_layers,worst_intraday_drawdown," +
            "max_drawdown_reduction_vs_hold_to_expiry,max_drawdown_reduction_vs_stop_1x",
            header);
    }

    [Fact]
    public void Write_Rows_OnePerArmWithHandComputedFigures()
    {
        var lines = SummaryCsvWriter.Write(Summary()).Split('\n');

        Assert.Equal(5, lines.Length); // header, three arms, empty after the final \n
        Assert.Equal(string.Empty, lines[^1]);
        var hold = lines[1].Split(',');
        Assert.Equal(["hold_to_expiry", "Hold to expiry (unhedged)", "Unhedged", "2", "-200.00", "-25200.00", "-0.02", "-2.52", "300.00"], hold[..9]);
        Assert.Equal(["2024-01-01", "2024-01-02", "-300.00", "2024-01-02"], hold[10..14]);
        Assert.Equal(["", ""], hold[^2..]); // no reductions for a baseline
        var hedged = lines[3].Split(',');
        Assert.Equal("alvh_signal_layers", hedged[0]);
        Assert.Equal(["0.5", "0.25"], hedged[^2..]);
    }
}
