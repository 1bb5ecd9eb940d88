using System.Text;
using VixShield.Live.Reports.Formatting;
using VixShield.Live.Reports.Metrics;

namespace VixShield.Live.Reports.Writers;

/// <summary>Writes <c>summary.csv</c>: one row per arm with every figure of <see cref="ArmMetrics"/>, then one
/// <c>max_drawdown_reduction_vs_&lt;baseline&gt;</c> column per unhedged or stop-loss arm (filled for hedged arms).</summary>
/// <remarks>Money in dollars with two decimals; ratios as fractions (0.05 = 5%); dates ISO; empty cells for values that do
/// not exist (no losing day, no drawdown). Lines end with <c>\n</c>, so the bytes do not depend on the platform.</remarks>
public static class SummaryCsvWriter
{
    public const string FileName = "summary.csv";

    public static string Write(ComparisonSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var baselines = summary.Reductions.Select(r => r.Baseline.Key).Distinct(StringComparer.Ordinal).ToList();
        var csv = new StringBuilder();
        csv.Append("arm,name,kind,days,total_pnl,annualised_pnl,total_return,annualised_return,max_drawdown,max_drawdown_fraction,")
            .Append("max_drawdown_peak,max_drawdown_trough,worst_day,worst_day_date,worst_5pct_average,worst_5pct_days,win_rate,")
            .Append("profit_factor,sharpe,hedge_cost,hedge_cost_per_year,stops_or_layers,worst_intraday_drawdown");
        foreach (var baseline in baselines)
        {
            csv.Append(",max_drawdown_reduction_vs_").Append(baseline);
        }

        csv.Append('\n');
        foreach (var m in summary.Metrics)
        {
            csv.Append(ReportFormat.CsvField(m.Arm.Key)).Append(',')
                .Append(ReportFormat.CsvField(m.Arm.DisplayName)).Append(',')
                .Append(m.Arm.Kind).Append(',')
                .Append(m.Days).Append(',')
                .Append(ReportFormat.CsvMoney(m.TotalProfitAndLoss)).Append(',')
                .Append(ReportFormat.CsvMoney(m.AnnualisedProfitAndLoss)).Append(',')
                .Append(ReportFormat.CsvNumber(m.TotalReturn)).Append(',')
                .Append(ReportFormat.CsvNumber(m.AnnualisedReturn)).Append(',')
                .Append(ReportFormat.CsvMoney(m.MaxDrawdown)).Append(',')
                .Append(ReportFormat.CsvNumber(m.MaxDrawdownFraction)).Append(',')
                .Append(m.MaxDrawdownPeak is { } peak ? ReportFormat.Date(peak) : string.Empty).Append(',')
                .Append(m.MaxDrawdownTrough is { } trough ? ReportFormat.Date(trough) : string.Empty).Append(',')
                .Append(ReportFormat.CsvMoney(m.WorstDay)).Append(',')
                .Append(m.WorstDayDate is { } worst ? ReportFormat.Date(worst) : string.Empty).Append(',')
                .Append(ReportFormat.CsvMoney(m.WorstTailAverage)).Append(',')
                .Append(m.WorstTailDays).Append(',')
                .Append(ReportFormat.CsvNumber(m.WinRate)).Append(',')
                .Append(ReportFormat.CsvNumber(m.ProfitFactor)).Append(',')
                .Append(ReportFormat.CsvNumber(m.Sharpe)).Append(',')
                .Append(ReportFormat.CsvMoney(m.HedgeCost)).Append(',')
                .Append(ReportFormat.CsvMoney(m.HedgeCostPerYear)).Append(',')
                .Append(m.StopsOrLayers).Append(',')
                .Append(ReportFormat.CsvMoney(m.WorstIntradayDrawdown));
            foreach (var baseline in baselines)
            {
                var reduction = summary.Reductions.FirstOrDefault(r => r.Hedged.Key == m.Arm.Key && r.Baseline.Key == baseline);
                csv.Append(',').Append(ReportFormat.CsvNumber(reduction?.Reduction));
            }

            csv.Append('\n');
        }

        return csv.ToString();
    }
}
