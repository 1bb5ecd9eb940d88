using System.Diagnostics;
using System.Globalization;

namespace VixShield.Live.Benchmarking;

/// <summary>Start to first decision with warm-up from local history files (target: under 2 s): a fresh
/// <c>vixshield</c> process per run, timed by this one from just before it is started until its report line arrives.</summary>
/// <remarks>The child runs the hidden <c>bench startup-probe</c> command (<see cref="StartupProbe"/>), so the time covers
/// what a daemon start pays: runtime start, JIT, configuration, reading and parsing the files, the warm-up (the daemon's
/// own <see cref="Hosting.HistoryWarmUp"/>, as for <c>Feed:WarmUp:Files</c>) and the first decision. The median of the runs is reported, with the child's own phase times as details.</remarks>
internal static class StartupMeasurement
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromMinutes(1);

    public static async Task<BenchmarkFigure> MeasureAsync(
        IReadOnlyList<string> historyFiles, string? configPath, int repetitions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(historyFiles);
        var target = BenchmarkTarget.AtMost(2000, BenchmarkTarget.TimingNoiseMarginPercent);
        const string Name = "startup.firstDecisionMs";
        const string Description = "process start to the first decision (condor proposal on the first live quotes), after warming the indicators from local daily history files";
        if (historyFiles.Count == 0)
        {
            return BenchmarkFigure.NotMeasured(Name, "ms", Description, target,
                "no history files: name them with --history FILE (daily SPX, VIX, VIX9D, VIX3M, NYSE-ADV, NYSE-DECL), or run beside shared/data");
        }

        var runs = new List<(double Milliseconds, StartupReport Report)>();
        for (var r = 0; r < repetitions; r++)
        {
            var (milliseconds, report, failure) = await RunChildAsync(historyFiles, configPath, cancellationToken).ConfigureAwait(false);
            if (report is null)
            {
                return BenchmarkFigure.NotMeasured(Name, "ms", Description, target, "the start-up probe failed: " + failure);
            }

            runs.Add((milliseconds, report));
        }

        runs.Sort((a, b) => a.Milliseconds.CompareTo(b.Milliseconds));
        var (median, child) = runs[runs.Count / 2];
        return BenchmarkFigure.Measured(
            Name,
            "ms",
            Description + "; median of " + repetitions + " process start(s)",
            median,
            target,
            FigureDetail.Of("fastestMs", runs[0].Milliseconds),
            FigureDetail.Of("slowestMs", runs[^1].Milliseconds),
            FigureDetail.Of("runtimeStartMs", median - child.TotalMilliseconds),
            FigureDetail.Of("readHistoryMs", child.LoadMilliseconds),
            FigureDetail.Of("warmUpMs", child.WarmUpMilliseconds),
            FigureDetail.Of("firstQuoteToDecisionMs", child.DecisionMilliseconds),
            FigureDetail.Of("historyBars", child.HistoryBars),
            FigureDetail.Of("indicatorsReady", string.Create(CultureInfo.InvariantCulture, $"{child.IndicatorsReady} of {child.Indicators}")),
            FigureDetail.Of("decision", child.Decision),
            FigureDetail.Of("historyFiles", string.Join(", ", historyFiles.Select(Path.GetFileName))));
    }

    private static async Task<(double Milliseconds, StartupReport? Report, string Failure)> RunChildAsync(
        IReadOnlyList<string> historyFiles, string? configPath, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(SelfPath())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (IsMuxer(start.FileName))
        {
            start.ArgumentList.Add(typeof(StartupMeasurement).Assembly.Location);
        }

        foreach (var argument in ProbeArguments(historyFiles, configPath))
        {
            start.ArgumentList.Add(argument);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        var launched = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        StartupReport? report = null;
        var milliseconds = double.NaN;
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false) is { } line)
            {
                if (StartupReport.TryParse(line, out report))
                {
                    milliseconds = Stopwatch.GetElapsedTime(launched).TotalMilliseconds;
                    break;
                }
            }

            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return (double.NaN, null, "no decision within " + ProbeTimeout.TotalSeconds + " s");
        }

        var stderr = await errors.ConfigureAwait(false);
        if (report is null || process.ExitCode != 0)
        {
            var last = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? string.Empty;
            return (double.NaN, null, string.Create(CultureInfo.InvariantCulture, $"exit code {process.ExitCode}; {last}"));
        }

        return (milliseconds, report, string.Empty);
    }

    /// <summary>The arguments of the hidden probe command, as <see cref="Commands.BenchCommand"/> parses them.</summary>
    public static IEnumerable<string> ProbeArguments(IReadOnlyList<string> historyFiles, string? configPath)
    {
        yield return "bench";
        yield return Commands.BenchCommand.StartupProbeName;
        foreach (var file in historyFiles)
        {
            yield return "--history";
            yield return Path.GetFullPath(file);
        }

        if (configPath is not null)
        {
            yield return "--config";
            yield return Path.GetFullPath(configPath);
        }
    }

    private static string SelfPath() =>
        Environment.ProcessPath ?? throw new InvalidOperationException("the path of this executable is unknown, so the start-up probe cannot be started");

    private static bool IsMuxer(string path) => string.Equals(Path.GetFileNameWithoutExtension(path), "dotnet", StringComparison.OrdinalIgnoreCase);
}
