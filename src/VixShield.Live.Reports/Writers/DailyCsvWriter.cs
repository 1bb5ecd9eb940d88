using System.Text;
using VixShield.Live.Reports.Comparison;
using VixShield.Live.Reports.Formatting;

namespace VixShield.Live.Reports.Writers;

/// <summary>Writes <c>daily.csv</c>: one row per condor day per arm, days in date order and arms in report order.</summary>
/// <remarks>Each row carries the arm's result (dollars), its running equity and drawdown, and the condor it traded
/// (index points per condor for credit and settlement value; strikes empty when the proposal was not seen).</remarks>
public static class DailyCsvWriter
{
    public const string FileName = "daily.csv";

    public const string Header =
        "date,arm,pnl,cumulative_pnl,equity,drawdown,drawdown_fraction,max_intraday_drawdown,stopped,layers_opened,hedge_cost," +
        "spx_close,credit_points,settlement_value_points,long_put,short_put,short_call,long_call,entry_spx";

    public static string Write(ComparisonReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var summary = report.Summary;
        var cursors = new int[summary.Arms.Count];
        var csv = new StringBuilder(report.Days.Count * summary.Arms.Count * 120);
        csv.Append(Header).Append('\n');
        foreach (var day in report.Days)
        {
            for (var a = 0; a < summary.Arms.Count; a++)
            {
                if (day.Find(summary.Arms[a].Key) is not { } arm)
                {
                    continue;
                }

                var point = summary.Curves[a].Points[cursors[a]++];
                csv.Append(ReportFormat.Date(day.Expiry)).Append(',')
                    .Append(ReportFormat.CsvField(arm.Key)).Append(',')
                    .Append(ReportFormat.CsvMoney(arm.ProfitAndLoss)).Append(',')
                    .Append(ReportFormat.CsvMoney(point.Equity - summary.Capital)).Append(',')
                    .Append(ReportFormat.CsvMoney(point.Equity)).Append(',')
                    .Append(ReportFormat.CsvMoney(point.Drawdown)).Append(',')
                    .Append(ReportFormat.CsvNumber(point.DrawdownFraction)).Append(',')
                    .Append(ReportFormat.CsvMoney(arm.MaxDrawdown)).Append(',')
                    .Append(arm.Stopped ? "true" : "false").Append(',')
                    .Append(arm.LayersOpened).Append(',')
                    .Append(ReportFormat.CsvMoney(arm.HedgeCost)).Append(',')
                    .Append(ReportFormat.CsvDecimal(day.SpxClose)).Append(',')
                    .Append(ReportFormat.CsvDecimal(day.Credit)).Append(',')
                    .Append(ReportFormat.CsvDecimal(day.SettlementValue)).Append(',');
                if (day.Strikes is { } strikes)
                {
                    csv.Append(ReportFormat.CsvDecimal(strikes.LongPut)).Append(',')
                        .Append(ReportFormat.CsvDecimal(strikes.ShortPut)).Append(',')
                        .Append(ReportFormat.CsvDecimal(strikes.ShortCall)).Append(',')
                        .Append(ReportFormat.CsvDecimal(strikes.LongCall)).Append(',')
                        .Append(ReportFormat.CsvDecimal(strikes.EntrySpx));
                }
                else
                {
                    csv.Append(",,,,");
                }

                csv.Append('\n');
            }
        }

        return csv.ToString();
    }
}
