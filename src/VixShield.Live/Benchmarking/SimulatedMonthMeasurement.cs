using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.Notifications.Memory;
using VixShield.Live.Adapters.Simulation;
using VixShield.Live.Engine.Alerts;
using VixShield.Live.Engine.Pipeline;

namespace VixShield.Live.Benchmarking;

/// <summary>Memory while the simulated market runs a month through the daemon's pipeline at full speed: steady resident
/// set (target: under 150 MB) and growth of the live heap over the run (target: none beyond 2 MB).</summary>
/// <remarks>The pipeline is the daemon's, in this process: the simulated feed unpaced (<c>--speed max</c>) writing into
/// the bounded inbound channel, the decision loop as <c>vixshield run</c> builds it, the alert pump delivering to the
/// in-memory sink (the dashboard's) and to <see cref="MemorySamplingSink"/>. Steady means after the first session, once
/// start-up, JIT and the first condor are behind; growth compares the live heap at the first and the last session close.
/// The daemon's file, console and SQLite sinks are not part of it.</remarks>
internal static class SimulatedMonthMeasurement
{
    private const double Megabyte = 1024 * 1024;
    private const double HeapGrowthLimitMegabytes = 2;

    public static async Task<IReadOnlyList<BenchmarkFigure>> MeasureAsync(BenchmarkLoopFactory factory, int sessionCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentOutOfRangeException.ThrowIfLessThan(sessionCount, 2);
        var sessions = SimulatedTape.DefaultSessions(factory.Calendar, sessionCount);
        var options = new SimulatedMarketOptions { Seed = factory.Configuration.Simulation.Seed, Start = sessions[0].Open, End = sessions[^1].Close };
        var clock = new ManualTimeProvider(options.Start);
        var feed = new SimulatedMarketDataFeed(options, new MarketPacer(clock, clock, speed: null), factory.Calendar);
        var channels = new EngineChannels(factory.Configuration.Engine);
        var loop = factory.CreateSimulated(channels.Inbound.Reader, channels.Alerts.Writer, options.Start);
        var sampler = new MemorySamplingSink();
        var pump = new AlertPump(
            channels.Alerts.Reader, [new RecentAlertsSink(), sampler], factory.Configuration.Engine.AlertBatchSize, NullLogger<AlertPump>.Instance);
        var collectionsBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var started = Stopwatch.GetTimestamp();
        var pumpTask = Task.Run(() => pump.RunAsync(cancellationToken), cancellationToken);
        var loopTask = Task.Run(() => loop.RunAsync(cancellationToken), cancellationToken);
        await Task.Run(() => feed.RunAsync(channels.Inbound.Writer, cancellationToken), cancellationToken).ConfigureAwait(false);
        channels.Inbound.Writer.TryComplete();
        await loopTask.ConfigureAwait(false);
        channels.Alerts.Writer.TryComplete();
        await pumpTask.ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var steady = sampler.Samples.Where(s => s.Session >= 1).ToList();
        var closes = sampler.Samples.Where(s => s.LiveHeapBytes is not null).ToList();
        if (steady.Count == 0 || closes.Count < 2)
        {
            return
            [
                BenchmarkFigure.NotMeasured("memory.steadyResidentMb", "MB", "resident set during a simulated month",
                    BenchmarkTarget.AtMost(150, BenchmarkTarget.MemoryNoiseMarginPercent), "the run closed fewer than two sessions"),
            ];
        }

        var quotes = loop.Statistics.QuotesProcessed;
        var growth = (closes[^1].LiveHeapBytes!.Value - closes[0].LiveHeapBytes!.Value) / Megabyte;
        return
        [
            BenchmarkFigure.Measured(
                "memory.steadyResidentMb",
                "MB",
                "largest resident set (Environment.WorkingSet) sampled after the first of " + sessionCount +
                " simulated sessions run at full speed through the daemon's pipeline in this process",
                steady.Max(s => s.ResidentBytes) / Megabyte,
                BenchmarkTarget.AtMost(150, BenchmarkTarget.MemoryNoiseMarginPercent),
                FigureDetail.Of("samples", steady.Count),
                FigureDetail.Of("firstSessionPeakMb", sampler.Samples.Where(s => s.Session == 0).Select(s => s.ResidentBytes).DefaultIfEmpty().Max() / Megabyte),
                FigureDetail.Of("residentAtFirstCloseMb", closes[0].ResidentBytes / Megabyte),
                FigureDetail.Of("residentAtLastCloseMb", closes[^1].ResidentBytes / Megabyte),
                FigureDetail.Of("sessions", sessionCount),
                FigureDetail.Of("quotes", quotes),
                FigureDetail.Of("wallSeconds", elapsed.TotalSeconds),
                FigureDetail.Of("quotesPerSecond", quotes / elapsed.TotalSeconds)),
            BenchmarkFigure.Measured(
                "memory.liveHeapGrowthMb",
                "MB",
                "growth of the live managed heap (GC.GetTotalMemory after a full collection) from the first to the last session close",
                growth,
                BenchmarkTarget.AtMost(HeapGrowthLimitMegabytes, BenchmarkTarget.MemoryNoiseMarginPercent),
                FigureDetail.Of("liveHeapAtFirstCloseMb", closes[0].LiveHeapBytes!.Value / Megabyte),
                FigureDetail.Of("liveHeapAtLastCloseMb", closes[^1].LiveHeapBytes!.Value / Megabyte),
                FigureDetail.Of("largestLiveHeapMb", closes.Max(s => s.LiveHeapBytes!.Value) / Megabyte),
                FigureDetail.Of("gen0Collections", GC.CollectionCount(0) - collectionsBefore.Item1),
                FigureDetail.Of("gen1Collections", GC.CollectionCount(1) - collectionsBefore.Item2),
                FigureDetail.Of("gen2Collections", GC.CollectionCount(2) - collectionsBefore.Item3)),
        ];
    }
}
