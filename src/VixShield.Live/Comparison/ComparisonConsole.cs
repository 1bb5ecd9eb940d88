using System.Globalization;
using Spectre.Console;
using VixShield.Live.Reports.Comparison;
using VixShield.Live.Reports.Formatting;
using VixShield.Live.Reports.Metrics;

namespace VixShield.Live.Comparison;

/// <summary>The console side of <c>vixshield compare</c>: the summary table and the headline, written with Spectre.Console.</summary>
public static class ComparisonConsole
{
    /// <summary>Width used when the output is not a terminal, wide enough for five arms side by side.</summary>
    public const int RedirectedWidth = 160;

    /// <summary>A console on <paramref name="output"/>: colours and live progress only when it is an interactive terminal.</summary>
    public static IAnsiConsole Create(TextWriter output, bool terminal)
    {
        ArgumentNullException.ThrowIfNull(output);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }

    /// <summary>Writes the summary table (a row per figure, a column per arm) and the headline reductions.</summary>
    public static void WriteSummary(IAnsiConsole console, ComparisonReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        var summary = report.Summary;
        if (summary.FirstExpiry is not { } first || summary.LastExpiry is not { } last)
        {
            console.MarkupLine("[yellow]No condor in the requested range could be counted: check the files' date ranges (report.html lists them).[/]");
            return;
        }

        var range = ReportFormat.Date(first) + " to " + ReportFormat.Date(last);
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"1DTE SPX iron condor, {range}: {summary.DayCount:#,##0} condor days on {ReportFormat.Money(summary.Capital)}")));
        table.AddColumn("Figure");
        foreach (var arm in summary.Arms)
        {
            table.AddColumn(new TableColumn(Markup.Escape(arm.DisplayName)).RightAligned());
        }

        var unhedged = summary.Metrics.FirstOrDefault(m => m.Arm.Kind == ArmKind.Unhedged);
        AddRow(table, summary, "Total P&L", m => ReportFormat.SignedMoney(m.TotalProfitAndLoss));
        AddRow(table, summary, "Annualised return", m => ReportFormat.Percent(m.AnnualisedReturn));
        AddRow(table, summary, "Max drawdown", m => ReportFormat.Money(m.MaxDrawdown));
        AddRow(table, summary, "Max drawdown % of peak", m => ReportFormat.Percent(m.MaxDrawdownFraction));
        if (unhedged is { MaxDrawdown: > 0m })
        {
            AddRow(table, summary, "Drawdown cut vs unhedged", m => m == unhedged ? "-" : ReportFormat.Percent((double)(1m - (m.MaxDrawdown / unhedged.MaxDrawdown))));
        }

        AddRow(table, summary, "Worst day", m => ReportFormat.SignedMoney(m.WorstDay));
        AddRow(table, summary, "Worst 5% of days (avg)", m => ReportFormat.SignedMoney(m.WorstTailAverage));
        AddRow(table, summary, "Win rate", m => ReportFormat.Percent(m.WinRate));
        AddRow(table, summary, "Profit factor", m => ReportFormat.Ratio(m.ProfitFactor));
        AddRow(table, summary, "Sharpe (annualised)", m => ReportFormat.Ratio(m.Sharpe));
        AddRow(table, summary, "Hedge cost per year", m => m.Arm.Kind == ArmKind.Hedged ? ReportFormat.Money(m.HedgeCostPerYear) : "-");
        AddRow(table, summary, "Stops / layers", m => m.Arm.Kind is ArmKind.StopLoss or ArmKind.Hedged ? m.StopsOrLayers.ToString("#,##0", CultureInfo.InvariantCulture) : "-");
        console.Write(table);

        if (summary.Reductions.Count == 0)
        {
            console.MarkupLine("[yellow]No ALVH arm in the engine's daily comparison, so there is no headline: the claim (40-65% smaller max drawdown) needs an ALVH ruleset wired into the decision loop.[/]");
            return;
        }

        console.WriteLine("Max-drawdown reduction (claimed: 40-65%):");
        foreach (var reduction in summary.Reductions)
        {
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"  {reduction.Hedged.DisplayName} vs {reduction.Baseline.DisplayName}: " +
                $"{(reduction.Reduction is { } r ? ReportFormat.Percent(r) : "n/a")} " +
                $"({ReportFormat.Money(reduction.HedgedDrawdown)} vs {ReportFormat.Money(reduction.BaselineDrawdown)}), ")) + Verdict(reduction.Verdict));
        }
    }

    private static void AddRow(Table table, ComparisonSummary summary, string label, Func<ArmMetrics, string> cell) =>
        table.AddRow([Markup.Escape(label), .. summary.Metrics.Select(m => Markup.Escape(cell(m)))]);

    private static string Verdict(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.WithinClaim => "[green]within the claim[/]",
        ClaimVerdict.BelowClaim => "[red]below the claim[/]",
        ClaimVerdict.AboveClaim => "[blue]above the claim[/]",
        _ => "not measurable",
    };
}
