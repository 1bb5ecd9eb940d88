using VixShield.Live.Configuration;
using VixShield.Live.Domain.Calendar;

namespace VixShield.Live.Benchmarking;

/// <summary>Takes every figure of <c>vixshield bench</c> in this process (and child processes for the start-up figure).</summary>
/// <remarks>The memory run goes first, before the recorded tape (hundreds of megabytes) exists, so the resident set it
/// reports is the pipeline's. Figures are listed indicators first, then the loop, latency, memory, start-up and the TWS
/// decoder.</remarks>
public sealed class BenchmarkSuite
{
    private readonly DaemonConfiguration configuration;
    private readonly string? configPath;
    private readonly TimeProvider wallClock;

    /// <param name="configPath">The configuration file the loop was built from, passed on to the start-up probe.</param>
    /// <param name="wallClock">Paces waits and tells the start-up probe which session is next; never affects a decision.</param>
    public BenchmarkSuite(DaemonConfiguration configuration, string? configPath, TimeProvider wallClock)
    {
        this.configuration = configuration ?? throw new ArgumentNullException(nameof(configuration));
        this.configPath = configPath;
        this.wallClock = wallClock ?? throw new ArgumentNullException(nameof(wallClock));
    }

    /// <param name="progress">Receives one line as each part starts (standard error: standard output carries the report).</param>
    public async Task<BenchmarkReport> RunAsync(BenchmarkSettings settings, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        var factory = new BenchmarkLoopFactory(configuration, new NyseTradingCalendar());
        // The indicators go first: after the simulated month, the compiler's queue of methods to optimise could still hold
        // the indicators' own update when their samples were taken (EMA measured at 25 ns instead of 4.7 in some runs).
        await progress.WriteLineAsync("bench: indicator updates").ConfigureAwait(false);
        var indicators = IndicatorMeasurement.Measure(settings.IndicatorSamples);

        await progress.WriteLineAsync($"bench: simulated market, {settings.MonthSessions} sessions at full speed (memory)").ConfigureAwait(false);
        var memory = await SimulatedMonthMeasurement.MeasureAsync(factory, settings.MonthSessions, cancellationToken).ConfigureAwait(false);

        await progress.WriteLineAsync($"bench: recording {settings.TapeSessions} simulated sessions").ConfigureAwait(false);
        var tape = SimulatedTape.Record(factory.Calendar, settings.TapeSessions);

        await progress.WriteLineAsync("bench: decision loop throughput and allocation").ConfigureAwait(false);
        var loop = await LoopThroughputMeasurement.MeasureAsync(tape, factory, settings.ThroughputRepetitions, cancellationToken).ConfigureAwait(false);

        await progress.WriteLineAsync("bench: quote-to-decision latency (realistic rate, then bursts)").ConfigureAwait(false);
        var latency = await LoopLatencyMeasurement.MeasureAsync(tape, factory, settings, wallClock, cancellationToken).ConfigureAwait(false);

        await progress.WriteLineAsync("bench: TWS tick decoding").ConfigureAwait(false);
        var tws = TwsDecoderMeasurement.Measure(settings.IndicatorSamples);

        await progress.WriteLineAsync("bench: start to first decision").ConfigureAwait(false);
        var historyFiles = settings.HistoryFiles.Count > 0 ? settings.HistoryFiles : HistoryFiles.FindDefault();
        var startup = await StartupMeasurement.MeasureAsync(historyFiles, configPath, settings.StartupRepetitions, cancellationToken).ConfigureAwait(false);

        return new BenchmarkReport(settings.Quick, BenchmarkEnvironment.Current(), [.. indicators, .. loop, .. latency, .. memory, startup, .. tws]);
    }
}
