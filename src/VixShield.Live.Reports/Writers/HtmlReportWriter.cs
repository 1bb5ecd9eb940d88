using System.Globalization;
using System.Text;
using VixShield.Live.Domain.Condors;
using VixShield.Live.Reports.Comparison;
using VixShield.Live.Reports.Formatting;
using VixShield.Live.Reports.Metrics;

namespace VixShield.Live.Reports.Writers;

/// <summary>Writes <c>report.html</c>: one self-contained page (inline style sheet and SVG, no script, no external
/// resource) with the headline, the summary table, equity and drawdown charts, the worst days, the year-by-year P&amp;L,
/// the method with its assumptions, and the inputs.</summary>
/// <remarks>The page is a pure function of the report: no generation time or machine-specific path is written, so the same
/// run gives the same bytes.</remarks>
public static class HtmlReportWriter
{
    public const string FileName = "report.html";

    public const int WorstDayCount = 10;

    private const int ListedSkippedEntries = 10;

    public static string Write(ComparisonReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder(256 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>ALVH versus stop-losses: SPX 1DTE iron condor comparison</title>\n<style>\n")
            .Append(ReportStyle.Css).Append("</style>\n</head>\n<body>\n<main>\n");
        AppendHeader(html, report);
        if (report.Summary.DayCount == 0)
        {
            html.Append("<section class=\"headline\">\n<h2>No condor days</h2>\n<p class=\"notice\">No condor in the requested range ")
                .Append("could be counted: see the inputs below for the files' date ranges and the days left out.</p>\n</section>\n");
        }
        else
        {
            AppendHeadline(html, report);
            AppendSummary(html, report.Summary);
            AppendCharts(html, report.Summary);
            AppendWorstDays(html, report);
            AppendYears(html, report.Summary);
        }

        AppendMethod(html, report);
        AppendInputs(html, report.Method);
        html.Append("<footer>Produced by <code>vixshield compare</code> from the daemon's own decision loop. ")
            .Append("Not investment advice: model prices, no commissions.</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendHeader(StringBuilder html, ComparisonReport report)
    {
        var summary = report.Summary;
        var method = report.Method;
        var range = summary.FirstExpiry is { } first && summary.LastExpiry is { } last
            ? ReportFormat.Date(first) + " to " + ReportFormat.Date(last) + " &middot; "
            : string.Empty;
        html.Append("<header>\n<p class=\"eyebrow\">VixShield.Live comparison report</p>\n")
            .Append("<h1>ALVH versus stop-losses on the Conservative 1DTE SPX iron condor</h1>\n<p class=\"subtitle\">")
            .Append(range)
            .Append(summary.DayCount.ToString("#,##0", CultureInfo.InvariantCulture)).Append(" condor days &middot; capital ")
            .Append(ReportFormat.Money(method.Capital)).Append(" &middot; ")
            .Append(method.Quantity.ToString(CultureInfo.InvariantCulture)).Append(method.Quantity == 1 ? " condor" : " condors")
            .Append(" a day &middot; credit collected ").Append(ReportFormat.Money(CreditCollected(report)))
            .Append("</p>\n</header>\n");
    }

    private static void AppendHeadline(StringBuilder html, ComparisonReport report)
    {
        var summary = report.Summary;
        html.Append("<section class=\"headline\">\n<h2>Headline: does ALVH cut the maximum drawdown by 40-65%?</h2>\n")
            .Append("<p class=\"lead\">The publisher claims ALVH <span class=\"claim\">&ldquo;")
            .Append(ReportFormat.Escape(PublisherClaim.Text))
            .Append("&rdquo;</span>. Reduction = 1 &minus; ALVH max drawdown / baseline max drawdown, on end-of-day equity.</p>\n");
        var hedged = summary.Metrics.Where(m => m.Arm.Kind == ArmKind.Hedged).ToList();
        if (hedged.Count == 0)
        {
            html.Append("<p class=\"notice\">No ALVH arm was reported in this run: the daily comparison carried only ")
                .Append(ReportFormat.Escape(string.Join(", ", summary.Arms.Select(a => a.DisplayName))))
                .Append(". The headline needs at least one ALVH ruleset in the engine's daily comparison.</p>\n</section>\n");
            return;
        }

        var credit = CreditCollected(report);
        html.Append("<div class=\"cards\">\n");
        foreach (var arm in hedged)
        {
            var reductions = summary.Reductions.Where(r => r.Hedged.Key == arm.Arm.Key).ToList();
            var main = reductions.FirstOrDefault(r => r.Baseline.Kind == ArmKind.Unhedged) ?? reductions.FirstOrDefault();
            html.Append("<div class=\"card\">\n<h3>").Append(Swatch(arm.Arm, summary.Arms)).Append(ReportFormat.Escape(arm.Arm.DisplayName)).Append("</h3>\n");
            if (main is not null)
            {
                html.Append("<div class=\"big ").Append(main.Reduction is < 0 ? "neg" : "pos").Append("\">")
                    .Append(main.Reduction is { } r ? ReportFormat.Percent(r) : "n/a").Append("</div>\n")
                    .Append("<p class=\"caption\">max-drawdown reduction vs ").Append(ReportFormat.Escape(main.Baseline.DisplayName))
                    .Append(" &middot; claimed 40-65% ").Append(Verdict(main.Verdict)).Append("</p>\n");
            }

            html.Append("<ul>\n");
            foreach (var reduction in reductions.Where(r => r != main))
            {
                html.Append("<li><span>vs ").Append(ReportFormat.Escape(reduction.Baseline.DisplayName)).Append("</span><span>")
                    .Append(reduction.Reduction is { } r ? ReportFormat.Percent(r) : "n/a").Append(' ').Append(Verdict(reduction.Verdict))
                    .Append("</span></li>\n");
            }

            if (main is not null)
            {
                html.Append("<li><span>Max drawdown</span><span>").Append(ReportFormat.Money(main.HedgedDrawdown)).Append(" vs ")
                    .Append(ReportFormat.Money(main.BaselineDrawdown)).Append("</span></li>\n");
            }

            html.Append("<li><span>Total P&amp;L</span><span>").Append(MoneyCell(arm.TotalProfitAndLoss)).Append("</span></li>\n")
                .Append("<li><span>Hedge cost per year</span><span>").Append(ReportFormat.Money(arm.HedgeCostPerYear)).Append("</span></li>\n")
                .Append("<li><span>Hedge cost / credit collected</span><span>")
                .Append(credit > 0m ? ReportFormat.Percent((double)(arm.HedgeCost / credit)) : "n/a").Append("</span></li>\n")
                .Append("</ul>\n</div>\n");
        }

        html.Append("</div>\n</section>\n");
    }

    private static void AppendSummary(StringBuilder html, ComparisonSummary summary)
    {
        html.Append("<section>\n<h2>Summary</h2>\n<p class=\"lead\">Dollars on ").Append(ReportFormat.Money(summary.Capital))
            .Append(" of capital; one row per figure, one column per arm. Definitions are under <a href=\"#method\">Method</a>.</p>\n")
            .Append("<div class=\"scroll\"><table class=\"summary\">\n<thead><tr><th>Figure</th>");
        foreach (var arm in summary.Arms)
        {
            html.Append("<th>").Append(Swatch(arm, summary.Arms)).Append(ReportFormat.Escape(arm.DisplayName)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        var unhedged = summary.Metrics.FirstOrDefault(m => m.Arm.Kind == ArmKind.Unhedged);
        Row(html, summary, "Condor days", m => m.Days.ToString("#,##0", CultureInfo.InvariantCulture));
        Row(html, summary, "Total P&amp;L", m => MoneyCell(m.TotalProfitAndLoss));
        Row(html, summary, "Annualised P&amp;L", m => MoneyCell(m.AnnualisedProfitAndLoss));
        Row(html, summary, "Annualised return on capital", m => SignedPercentCell(m.AnnualisedReturn));
        Row(html, summary, "Max drawdown", m => ReportFormat.Money(m.MaxDrawdown));
        Row(html, summary, "Max drawdown, % of peak equity", m => ReportFormat.Percent(m.MaxDrawdownFraction));
        if (unhedged is not null)
        {
            Row(html, summary, "Max drawdown reduction vs unhedged", m => m == unhedged || unhedged.MaxDrawdown == 0m
                ? "&mdash;"
                : SignedPercentCell((double)(1m - (m.MaxDrawdown / unhedged.MaxDrawdown))));
        }

        Row(html, summary, "Max drawdown period", m => m.MaxDrawdownTrough is { } trough
            ? (m.MaxDrawdownPeak is { } peak ? ReportFormat.Date(peak) : "start") + " &rarr; " + ReportFormat.Date(trough)
            : "&mdash;");
        Row(html, summary, "Worst day", m => MoneyCell(m.WorstDay) + (m.WorstDayDate is { } d ? " <span class=\"note\">" + ReportFormat.Date(d) + "</span>" : string.Empty));
        Row(html, summary, "Average of worst 5% of days", m => MoneyCell(m.WorstTailAverage) + " <span class=\"note\">" + m.WorstTailDays.ToString(CultureInfo.InvariantCulture) + " days</span>");
        Row(html, summary, "Worst drawdown within one condor", m => ReportFormat.Money(m.WorstIntradayDrawdown));
        Row(html, summary, "Win rate", m => ReportFormat.Percent(m.WinRate));
        Row(html, summary, "Profit factor", m => ReportFormat.Ratio(m.ProfitFactor));
        Row(html, summary, "Sharpe ratio (annualised)", m => ReportFormat.Ratio(m.Sharpe));
        Row(html, summary, "Hedge cost per year", m => m.Arm.Kind == ArmKind.Hedged ? ReportFormat.Money(m.HedgeCostPerYear) : "&mdash;");
        Row(html, summary, "Stops taken / layers opened", m => m.Arm.Kind switch
        {
            ArmKind.StopLoss => m.StopsOrLayers.ToString("#,##0", CultureInfo.InvariantCulture) + " stops",
            ArmKind.Hedged => m.StopsOrLayers.ToString("#,##0", CultureInfo.InvariantCulture) + " layers",
            _ => "&mdash;",
        });
        html.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void Row(StringBuilder html, ComparisonSummary summary, string label, Func<ArmMetrics, string> cell)
    {
        html.Append("<tr><td class=\"label\">").Append(label).Append("</td>");
        foreach (var metrics in summary.Metrics)
        {
            html.Append("<td>").Append(cell(metrics)).Append("</td>");
        }

        html.Append("</tr>\n");
    }

    private static void AppendCharts(StringBuilder html, ComparisonSummary summary) =>
        html.Append("<section class=\"equity\">\n<h2>Equity</h2>\n<p class=\"lead\">Capital plus cumulative P&amp;L at each expiry; the position size is fixed, so nothing compounds.</p>\n<div class=\"chart\">")
            .Append(ReportCharts.Equity(summary))
            .Append("</div>\n</section>\n")
            .Append("<section class=\"drawdown\">\n<h2>Drawdown</h2>\n<p class=\"lead\">Distance below each arm's running equity peak, in dollars; the shaded area is the drawdown.</p>\n<div class=\"chart\">")
            .Append(ReportCharts.Drawdown(summary))
            .Append("</div>\n</section>\n");

    private static void AppendWorstDays(StringBuilder html, ComparisonReport report)
    {
        var summary = report.Summary;
        var worst = report.WorstDays(WorstDayCount);
        html.Append("<section class=\"worst-days\">\n<h2>The worst ").Append(WorstDayCount.ToString(CultureInfo.InvariantCulture))
            .Append(" days</h2>\n<p class=\"lead\">Ranked by the ")
            .Append(ReportFormat.Escape(report.ReferenceArm?.DisplayName ?? "first arm"))
            .Append(" P&amp;L, with what every arm did that day. SPX is the level at entry and the settlement close.</p>\n")
            .Append("<div class=\"scroll\"><table>\n<thead><tr><th>Expiry</th><th>SPX entry &rarr; close</th><th>Condor (put / call)</th><th>Credit</th>");
        foreach (var arm in summary.Arms)
        {
            html.Append("<th>").Append(Swatch(arm, summary.Arms)).Append(ReportFormat.Escape(arm.DisplayName)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var day in worst)
        {
            html.Append("<tr><td>").Append(ReportFormat.Date(day.Expiry)).Append("</td><td>");
            if (day.Strikes is { } strikes)
            {
                html.Append(ReportFormat.Level(strikes.EntrySpx)).Append(" &rarr; ").Append(ReportFormat.Level(day.SpxClose))
                    .Append("</td><td>").Append(ReportFormat.Strike(strikes.LongPut)).Append('/').Append(ReportFormat.Strike(strikes.ShortPut))
                    .Append(" &middot; ").Append(ReportFormat.Strike(strikes.ShortCall)).Append('/').Append(ReportFormat.Strike(strikes.LongCall));
            }
            else
            {
                html.Append("&rarr; ").Append(ReportFormat.Level(day.SpxClose)).Append("</td><td>&mdash;");
            }

            html.Append("</td><td>").Append(ReportFormat.Points(day.Credit)).Append(" pts</td>");
            foreach (var arm in summary.Arms)
            {
                html.Append("<td>");
                if (day.Find(arm.Key) is { } result)
                {
                    html.Append(MoneyCell(result.ProfitAndLoss));
                    if (result.Stopped)
                    {
                        html.Append("<span class=\"tag\">stopped</span>");
                    }

                    if (result.LayersOpened > 0)
                    {
                        html.Append("<span class=\"tag layer\">").Append(result.LayersOpened.ToString(CultureInfo.InvariantCulture))
                            .Append(result.LayersOpened == 1 ? " layer" : " layers").Append("</span>");
                    }
                }
                else
                {
                    html.Append("&mdash;");
                }

                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void AppendYears(StringBuilder html, ComparisonSummary summary)
    {
        html.Append("<section class=\"years\">\n<h2>Year by year</h2>\n<p class=\"lead\">P&amp;L of the condors that expired in each calendar year.</p>\n")
            .Append("<div class=\"scroll\"><table>\n<thead><tr><th>Year</th><th>Days</th>");
        foreach (var arm in summary.Arms)
        {
            html.Append("<th>").Append(Swatch(arm, summary.Arms)).Append(ReportFormat.Escape(arm.DisplayName)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var year in summary.Years)
        {
            html.Append("<tr><td>").Append(year.Year.ToString(CultureInfo.InvariantCulture)).Append("</td><td>")
                .Append(year.Days.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            foreach (var profitAndLoss in year.ProfitAndLoss)
            {
                html.Append("<td>").Append(MoneyCell(profitAndLoss)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n<tfoot><tr><td>All</td><td>").Append(summary.DayCount.ToString("#,##0", CultureInfo.InvariantCulture)).Append("</td>");
        foreach (var metrics in summary.Metrics)
        {
            html.Append("<td>").Append(MoneyCell(metrics.TotalProfitAndLoss)).Append("</td>");
        }

        html.Append("</tr></tfoot>\n</table></div>\n</section>\n");
    }

    private static void AppendMethod(StringBuilder html, ComparisonReport report)
    {
        var method = report.Method;
        var invariant = CultureInfo.InvariantCulture;
        var stops = string.Join(" and ", method.StopMultiples.Select(m => m.ToString("0.##", invariant) + "x"));
        html.Append("<section class=\"method\" id=\"method\">\n<h2>Method and assumptions</h2>\n")
            .Append("<p>Every number on this page comes from the daemon's own engine: the market files are replayed through the ")
            .Append("same decision loop that runs live (condor selection and pricing, marking on every quote, the shadow stop-loss ")
            .Append("strategies and the ALVH rulesets), driven by a manual market clock at full speed. The report only reads the ")
            .Append("engine's <code>condor.proposed</code> and <code>comparison.daily</code> alerts; it implements no trading rule itself.</p>\n")
            .Append("<h3>The position</h3>\n<ul>\n")
            .Append("<li>Every trading day at ").Append(method.EntryTime.ToString("HH:mm", invariant))
            .Append(" New York (12:30 on early-close days) the engine opens the Conservative 1DTE SPX iron condor expiring the next ")
            .Append("trading day: short put and call nearest |delta| ").Append(method.TargetDelta.ToString("0.00", invariant))
            .Append(", long wings ").Append(ReportFormat.Strike(method.WingWidth)).Append(" points further out, ")
            .Append(method.Quantity.ToString(invariant)).Append(method.Quantity == 1 ? " condor" : " condors")
            .Append(", $").Append(IronCondor.ContractMultiplier.ToString(invariant)).Append(" per index point per condor.</li>\n")
            .Append("<li>It is cash-settled at the SPX close of its expiry day (SPXW PM settlement). Results are booked on the expiry ")
            .Append("date, so a condor day is one condor from entry to settlement.</li>\n")
            .Append("<li>There are no historical option prices in the data, so options are priced as the daemon prices them in replay: ")
            .Append("Black-Scholes with an implied volatility taken from VIX (VIX9D when it is given) plus the configured put/call skew. ")
            .Append("The credit is the model's mid price at entry; the marks that trigger stops are model prices too.</li>\n</ul>\n")
            .Append("<h3>The arms</h3>\n<ul>\n")
            .Append("<li><b>Hold to expiry (unhedged)</b>: the condor runs to settlement. P&amp;L = credit &minus; settlement value.</li>\n")
            .Append("<li><b>Stop-losses</b> at ").Append(ReportFormat.Escape(stops))
            .Append(" the credit: the whole condor is closed at the first mark whose loss reaches that multiple of the credit, at the ")
            .Append("mark plus ").Append(ReportFormat.Points(method.StopSlippage))
            .Append(" points of slippage (crossing four bid/ask spreads), and stays flat until expiry.</li>\n")
            .Append("<li><b>ALVH</b> (").Append(ReportFormat.Escape(method.Rulesets.Count == 0 ? "no ruleset requested" : string.Join(", ", method.Rulesets)))
            .Append("): the same condor held to expiry plus the ruleset's VIX-call hedge layers. Its P&amp;L adds the hedge book's ")
            .Append("change over the condor's life (marks of layers held plus cash from sales and settlements, minus purchases); ")
            .Append("hedge cost is the premium paid for layers bought for that condor. FOMC/CPI/PPI blackouts come from ")
            .Append(ReportFormat.Escape(method.EconomicCalendar)).Append(".</li>\n</ul>\n")
            .Append("<h3>The intraday path</h3>\n")
            .Append("<p>With daily bars the path within a day is not known, so each bar is replayed as four quotes: the open at the ")
            .Append("session open; then, for a day that closed at or above its open, the low at one third of the session and the high ")
            .Append("at two thirds (open, low, high, close), and for a day that closed below its open the high first, then the low ")
            .Append("(open, high, low, close); and the close one millisecond before the session close. The extreme nearer the open ")
            .Append("comes first, the usual and the more pessimistic order for stops. A stop is taken when the mark at the adverse ")
            .Append("extreme crosses its level, and it fills at that mark, so a day that touched the stop level and recovered counts ")
            .Append("as stopped. The condor is entered with the last levels before the entry time; with daily bars those are the ")
            .Append("second extreme of the day. With intraday bars the recorded path is used as it is.</p>\n")
            .Append("<h3>The figures</h3>\n<dl>\n");
        Definition(html, "Equity", "Capital plus the cumulative P&L of the arm at each expiry. The position size is fixed, so returns are simple, not compounded.");
        Definition(html, "Max drawdown", "The largest fall of end-of-day equity from its running peak (which starts at the capital), in dollars; the percentage is the largest fall relative to the peak it fell from, each measured at its own worst point.");
        Definition(html, "Max drawdown reduction", "1 - (ALVH max drawdown / baseline max drawdown). 50% means half the drawdown; a negative value means a deeper one. Compared with the claimed 40-65%.");
        Definition(html, "Worst drawdown within one condor", "The largest fall of a single condor's P&L from its running peak during its life, from the engine's marks.");
        Definition(html, "Annualised P&L and return", "Total P&L x 252 / condor days, and that divided by the capital.");
        Definition(html, "Worst day, worst 5%", "The lowest daily P&L, and the average of the lowest 5% of days (the count rounded up, at least one day).");
        Definition(html, "Win rate and profit factor", "The share of days with a P&L above zero; the sum of gains divided by the sum of losses (n/a without a losing day).");
        Definition(html, "Sharpe ratio", "Mean daily P&L on capital divided by its sample standard deviation, times the square root of 252; the risk-free rate is taken as 0 and only condor days count.");
        Definition(html, "Hedge cost per year", "Premium paid for hedge layers x 252 / condor days.");
        html.Append("</dl>\n<h3>Limitations</h3>\n<ul>\n")
            .Append("<li>Model prices, not traded prices: no historical skew surface, no bid/ask at entry, no commissions or fees.</li>\n")
            .Append("<li>Daily bars only approximate the intraday path; stops may fire on days where the real path would not have crossed, or fill better or worse than modelled.</li>\n")
            .Append("<li>SPX options expiring every trading day exist only since 2022 (Monday, Wednesday and Friday expiries since 2016, Friday weeklies since 2005); earlier years show what the same rules would have done, not what could have been traded.</li>\n")
            .Append("<li>Entry days with no SPX or VIX level at the entry time are skipped, and reported under Inputs.</li>\n</ul>\n</section>\n");
    }

    private static void Definition(StringBuilder html, string term, string text) =>
        html.Append("<dt>").Append(ReportFormat.Escape(term)).Append("</dt><dd>").Append(ReportFormat.Escape(text)).Append("</dd>\n");

    private static void AppendInputs(StringBuilder html, ComparisonMethod method)
    {
        html.Append("<section class=\"inputs\">\n<h2>Inputs</h2>\n<p class=\"lead\">Requested range: ")
            .Append(method.From is { } from ? ReportFormat.Date(from) : "start of the data").Append(" to ")
            .Append(method.To is { } to ? ReportFormat.Date(to) : "end of the data")
            .Append(". Bad rows were skipped and counted.</p>\n<div class=\"scroll\"><table>\n")
            .Append("<thead><tr><th>Option</th><th class=\"text\">File</th><th>Rows</th><th>Skipped rows</th><th>First bar</th><th>Last bar</th></tr></thead>\n<tbody>\n");
        foreach (var input in method.Inputs)
        {
            html.Append("<tr><td><code>").Append(ReportFormat.Escape(input.Option)).Append("</code></td><td class=\"text\">")
                .Append(ReportFormat.Escape(input.FileName)).Append("</td><td>")
                .Append(input.Rows.ToString("#,##0", CultureInfo.InvariantCulture)).Append("</td><td>")
                .Append(input.SkippedRows.ToString("#,##0", CultureInfo.InvariantCulture)).Append("</td><td>")
                .Append(input.FirstDate is { } first ? ReportFormat.Date(first) : "&mdash;").Append("</td><td>")
                .Append(input.LastDate is { } last ? ReportFormat.Date(last) : "&mdash;").Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
        if (method.SkippedEntries.Count > 0 || method.UnsettledCondors > 0 || method.StaleCondors > 0)
        {
            html.Append("<h3>Days without a result</h3>\n<ul>\n");
            if (method.SkippedEntries.Count > 0)
            {
                html.Append("<li>").Append(method.SkippedEntries.Count.ToString("#,##0", CultureInfo.InvariantCulture))
                    .Append(" entry days had no condor");
                if (method.SkippedEntries.Count > ListedSkippedEntries)
                {
                    html.Append(" (the first ").Append(ListedSkippedEntries.ToString(CultureInfo.InvariantCulture)).Append(" are listed)");
                }

                html.Append(":<ul>\n");
                foreach (var reason in method.SkippedEntries.Take(ListedSkippedEntries))
                {
                    html.Append("<li>").Append(ReportFormat.Escape(reason)).Append("</li>\n");
                }

                html.Append("</ul></li>\n");
            }

            if (method.UnsettledCondors > 0)
            {
                html.Append("<li>").Append(method.UnsettledCondors.ToString("#,##0", CultureInfo.InvariantCulture))
                    .Append(" condors expired without an SPX close to settle them and are not counted.</li>\n");
            }

            if (method.StaleCondors > 0)
            {
                html.Append("<li>").Append(method.StaleCondors.ToString("#,##0", CultureInfo.InvariantCulture))
                    .Append(" condors are not counted because their entry or expiry day has no SPX or no VIX bar in the files ")
                    .Append("(the engine would have priced or settled them on a stale level).</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    private static decimal CreditCollected(ComparisonReport report) =>
        report.Days.Sum(day => day.Credit) * IronCondor.ContractMultiplier * report.Method.Quantity;

    private static string Swatch(ComparisonArm arm, IReadOnlyList<ComparisonArm> arms) =>
        "<span class=\"swatch\" style=\"background:" + ArmPalette.ColorOf(arm, arms) + "\"></span>";

    private static string MoneyCell(decimal amount)
    {
        var rounded = Math.Round(amount, 0, MidpointRounding.AwayFromZero);
        var css = rounded > 0m ? "pos" : rounded < 0m ? "neg" : null;
        return css is null ? ReportFormat.Money(amount) : "<span class=\"" + css + "\">" + ReportFormat.SignedMoney(amount) + "</span>";
    }

    private static string SignedPercentCell(double fraction)
    {
        var text = ReportFormat.Percent(fraction);
        return fraction > 0.0005 ? "<span class=\"pos\">+" + text + "</span>" : fraction < -0.0005 ? "<span class=\"neg\">" + text + "</span>" : text;
    }

    private static string Verdict(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.WithinClaim => "<span class=\"verdict within\">within the claim</span>",
        ClaimVerdict.BelowClaim => "<span class=\"verdict below\">below the claim</span>",
        ClaimVerdict.AboveClaim => "<span class=\"verdict above\">above the claim</span>",
        _ => "<span class=\"verdict na\">not measurable</span>",
    };
}
