using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using VixShield.Live.Adapters.Replay;
using VixShield.Live.Adapters.Replay.Parsing;
using VixShield.Live.Comparison;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Reports.Writers;

namespace VixShield.Live.Commands;

/// <summary><c>vixshield compare</c>: replays market history through the daemon's engine and writes the ALVH versus
/// stop-loss comparison (<c>summary.csv</c>, <c>daily.csv</c>, <c>report.html</c>, <c>equity.svg</c>, <c>drawdown.svg</c>),
/// printing the summary table.</summary>
/// <remarks>Exit codes: 0 done; 2 bad input (each problem names the option, the value or file, and what is allowed);
/// 1 the engine failed. The progress bar shows only on an interactive terminal, never when output is redirected.</remarks>
public static class CompareCommand
{
    public const int InvalidInputExitCode = 2;
    public const int FailureExitCode = 1;

    public static Command Create() => Create(TimeProvider.System);

    /// <param name="wallClock">Measures how long the run took, for the closing line only; it never affects results.</param>
    public static Command Create(TimeProvider wallClock)
    {
        ArgumentNullException.ThrowIfNull(wallClock);
        var spx = new Option<string?>("--spx") { Description = "SPX bar file (required): daily or intraday, CBOE / Yahoo / investing.com / TradingView / FirstRate CSV." };
        var vix = new Option<string?>("--vix") { Description = "VIX bar file (required)." };
        var vix9d = new Option<string?>("--vix9d") { Description = "VIX9D bar file: preferred over VIX for pricing one-day options." };
        var vix3m = new Option<string?>("--vix3m") { Description = "VIX3M bar file: term structure (VIX / VIX3M) for ALVH." };
        var vvix = new Option<string?>("--vvix") { Description = "VVIX file." };
        var advancing = new Option<string?>("--adv") { Description = "NYSE advancing issues (with --decl): the A/D line for ALVH." };
        var declining = new Option<string?>("--decl") { Description = "NYSE declining issues (with --adv)." };
        var events = new Option<string?>("--events") { Description = "FOMC/CPI/PPI calendar CSV (date,event,time_et,description) for the ALVH blackout. Default: config/economic-calendar.csv." };
        var from = new Option<string?>("--from") { Description = "First entry day, yyyy-MM-dd (default: start of the data). 260 trading days before it are replayed to warm up the indicators." };
        var to = new Option<string?>("--to") { Description = "Last expiry day, yyyy-MM-dd (default: end of the data)." };
        var rulesets = new Option<string[]>("--ruleset")
        {
            Description = "ALVH ruleset(s) to compare, by name in config/rulesets (default: signal-layers ladder-442). Repeatable.",
            AllowMultipleArgumentsPerToken = true,
        };
        var capital = new Option<string?>("--capital") { Description = "Account capital in dollars (default 100000): the base of returns, drawdown % and hedge budgets." };
        var quantity = new Option<string?>("--quantity") { Description = "Condors per day (default 1)." };
        var output = new Option<string?>("--out") { Description = "Folder for summary.csv, daily.csv, report.html, equity.svg and drawdown.svg (required; created when missing)." };
        var command = new Command("compare", "Compare ALVH with stop-losses on market history: replays the files through the daemon's engine and writes summary.csv, daily.csv, report.html and the charts as SVG.")
        {
            spx, vix, vix9d, vix3m, vvix, advancing, declining, events, from, to, rulesets, capital, quantity, output,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            new ComparisonArguments
            {
                Spx = parseResult.GetValue(spx),
                Vix = parseResult.GetValue(vix),
                Vix9d = parseResult.GetValue(vix9d),
                Vix3m = parseResult.GetValue(vix3m),
                Vvix = parseResult.GetValue(vvix),
                Advancing = parseResult.GetValue(advancing),
                Declining = parseResult.GetValue(declining),
                Events = parseResult.GetValue(events),
                From = parseResult.GetValue(from),
                To = parseResult.GetValue(to),
                Rulesets = parseResult.GetValue(rulesets) ?? [],
                Capital = parseResult.GetValue(capital),
                Quantity = parseResult.GetValue(quantity),
                Output = parseResult.GetValue(output),
            },
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            wallClock,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        ComparisonArguments arguments, TextWriter output, TextWriter error, TimeProvider wallClock, CancellationToken cancellationToken)
    {
        if (!ComparisonRequest.TryCreate(arguments, out var request, out var problems))
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync("error: " + problem).ConfigureAwait(false);
            }

            return InvalidInputExitCode;
        }

        var started = wallClock.GetTimestamp();
        var runner = new ComparisonRunner(new NyseTradingCalendar());
        ReplayTape tape;
        try
        {
            tape = runner.LoadTape(request!);
        }
        catch (ReplayDataException ex)
        {
            var option = request!.Inputs.FirstOrDefault(input => input.Path == ex.Problem?.FilePath)?.Option;
            await error.WriteLineAsync("error: " + (option is null ? string.Empty : option + ": ") + ex.Message).ConfigureAwait(false);
            return InvalidInputExitCode;
        }

        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = ComparisonConsole.Create(output, terminal);
        ComparisonOutcome outcome;
        try
        {
            outcome = terminal && console.Profile.Capabilities.Interactive
                ? await console.Progress()
                    .AutoClear(true)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask("Replaying market history", maxValue: 1.0);
                        return await runner.RunAsync(request!, tape, share => task.Value = share, cancellationToken).ConfigureAwait(false);
                    }).ConfigureAwait(false)
                : await runner.RunAsync(request!, tape, progress: null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await error.WriteLineAsync("error: the comparison failed: " + ex.Message).ConfigureAwait(false);
            return FailureExitCode;
        }

        var files = ComparisonReportFiles.Write(outcome.Report, request!.OutputDirectory);
        ComparisonConsole.WriteSummary(console, outcome.Report);
        var elapsed = wallClock.GetElapsedTime(started);
        var skipped = string.Join(", ", outcome.Report.Method.Inputs.Where(i => i.SkippedRows > 0)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Option} {i.SkippedRows}")));
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Replayed {outcome.QuotesProcessed:#,##0} quotes ({outcome.SkippedRows} bad rows skipped{(skipped.Length > 0 ? ": " + skipped : string.Empty)}) " +
            $"in {elapsed.TotalSeconds:0.0} s."));
        foreach (var file in files)
        {
            console.WriteLine("Wrote " + file);
        }

        return 0;
    }
}
