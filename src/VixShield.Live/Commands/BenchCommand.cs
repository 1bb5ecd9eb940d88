using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using Serilog;
using VixShield.Live.Adapters.Replay.Parsing;
using VixShield.Live.Benchmarking;
using VixShield.Live.Configuration;

namespace VixShield.Live.Commands;

/// <summary><c>vixshield bench [--quick] [--json]</c>: measures the hot path against its targets and prints each figure
/// with its target and verdict.</summary>
/// <remarks>Exit codes: 0 every target met or missed by no more than its noise margin (20% for timings, 10% for memory,
/// none for bytes allocated); 1 a target missed by more than that; 2 bad input (configuration, history files). Progress
/// goes to standard error, the report to standard output. Not part of the test suite: shared machines are noisy.</remarks>
public static class BenchCommand
{
    public const int InvalidInputExitCode = 2;

    /// <summary>The hidden subcommand the start-up figure runs in a child process.</summary>
    public const string StartupProbeName = "startup-probe";

    public static Command Create() => Create(TimeProvider.System, measure: null);

    /// <param name="wallClock">Paces the latency producer's waits and tells the start-up probe the current session.</param>
    /// <param name="measure">Takes the figures; null for <see cref="BenchmarkSuite"/>. Tests pass a fake.</param>
    public static Command Create(
        TimeProvider wallClock, Func<BenchmarkSettings, DaemonConfiguration, TextWriter, CancellationToken, Task<BenchmarkReport>>? measure)
    {
        ArgumentNullException.ThrowIfNull(wallClock);
        var quick = new Option<bool>("--quick") { Description = "Smaller samples (about a quarter of the time; latency over fewer than a million quotes). The targets stay the same." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON instead of a table." };
        var history = HistoryOption();
        var config = ConfigOption.Create();
        var command = new Command(
            "bench",
            "Measure indicator updates, decision-loop throughput, allocation, quote-to-decision latency, memory over a simulated month " +
            "and start-up time against their targets; exit 1 when a target is missed by more than its noise margin.")
        {
            quick, json, history, config,
        };
        command.Subcommands.Add(CreateStartupProbe(wallClock));
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var configPath = parseResult.GetValue(config);
            if (!TryLoadConfiguration(configPath, error, out var configuration, out var resolvedPath))
            {
                return InvalidInputExitCode;
            }

            var files = parseResult.GetValue(history) ?? [];
            if (files.FirstOrDefault(file => !File.Exists(file)) is { } missing)
            {
                await error.WriteLineAsync($"error: --history '{missing}' does not exist; expected a daily bar file (CBOE, Yahoo, investing.com, TradingView or FirstRate CSV)").ConfigureAwait(false);
                return InvalidInputExitCode;
            }

            var settings = (parseResult.GetValue(quick) ? BenchmarkSettings.QuickRun : BenchmarkSettings.Full) with { HistoryFiles = files };
            var report = measure is null
                ? await new BenchmarkSuite(configuration, resolvedPath, wallClock).RunAsync(settings, error, cancellationToken).ConfigureAwait(false)
                : await measure(settings, configuration, error, cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(report.ToJson()).ConfigureAwait(false);
            }
            else
            {
                report.WriteText(output);
            }

            return report.ExitCode;
        });
        return command;
    }

    private static Option<string[]> HistoryOption() => new("--history")
    {
        Description = "Daily history file(s) for the start-up warm-up (SPX, VIX, VIX9D, VIX3M, NYSE-ADV, NYSE-DECL). Repeatable. " +
            "Default: those of shared/data beside the repository, when present.",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>Runs in the child process of the start-up figure and prints one <see cref="StartupReport"/> line.</summary>
    private static Command CreateStartupProbe(TimeProvider wallClock)
    {
        var history = HistoryOption();
        var config = ConfigOption.Create();
        var probe = new Command(StartupProbeName, "Internal: one start-up measurement (started by bench).") { history, config };
        probe.Hidden = true;
        probe.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            if (!TryLoadConfiguration(parseResult.GetValue(config), error, out var configuration, out _))
            {
                return InvalidInputExitCode;
            }

            // The warm-up log goes to standard error, as the daemon's does; standard output carries the report line.
            using var log = new LoggerConfiguration()
                .WriteTo.Console(standardErrorFromLevel: Serilog.Events.LogEventLevel.Verbose, outputTemplate: "[{Level:u3}] {Message:lj}{NewLine}")
                .CreateLogger();
            StartupReport report;
            try
            {
                report = await StartupProbe.RunAsync(configuration, parseResult.GetValue(history) ?? [], wallClock, log, cancellationToken).ConfigureAwait(false);
            }
            catch (ReplayDataException ex)
            {
                await error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                return InvalidInputExitCode;
            }

            await parseResult.InvocationConfiguration.Output.WriteLineAsync(report.ToLine()).ConfigureAwait(false);
            return 0;
        });
        return probe;
    }

    private static bool TryLoadConfiguration(
        string? configPath, TextWriter error, [NotNullWhen(true)] out DaemonConfiguration? configuration, out string? resolvedPath)
    {
        configuration = null;
        resolvedPath = null;
        try
        {
            var raw = ConfigurationLoader.Build(configPath, new Dictionary<string, string?>(), out resolvedPath);
            configuration = DaemonConfiguration.Load(raw, resolvedPath);
        }
        catch (ConfigurationFileException ex)
        {
            error.WriteLine("error: " + ex.Message);
            return false;
        }

        if (configuration.Problems.Count == 0)
        {
            return true;
        }

        error.WriteLine($"error: the configuration has {configuration.Problems.Count} problem(s); nothing was measured:");
        foreach (var problem in configuration.Problems)
        {
            error.WriteLine("  - " + problem);
        }

        return false;
    }
}
