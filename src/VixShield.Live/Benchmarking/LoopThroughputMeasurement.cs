using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Adapters.Notifications.Memory;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Engine.Alerts;
using VixShield.Live.Engine.Pipeline;

namespace VixShield.Live.Benchmarking;

/// <summary>Quotes per second through the daemon's decision loop in a <c>--speed max</c> style replay of pre-generated
/// simulated quotes on one core (target: 5 million or more), and bytes allocated per steady-state quote (target: 0).</summary>
/// <remarks>
/// <para>The loop is the one <c>vixshield run</c> builds (see <see cref="BenchmarkLoopFactory"/>), run by its own
/// <see cref="DecisionLoop.RunAsync"/> over the recorded tape. The tape is handed over as a completed channel, so the whole
/// run happens on the calling thread: the figure is the loop's own cost, without a producer or channel locking. The first
/// session is the warm-up (JIT, the first condor); the timed part runs from the second session's open to the end of the
/// tape, with a condor open and marked, signals and the ALVH engines evaluated, bars closing and alerts written.</para>
/// <para>Allocation is read with <see cref="GC.GetAllocatedBytesForCurrentThread"/> around the same range and, in a
/// separate pass, per event: a quote that raised no alert must allocate nothing; an event that raised alerts allocates
/// its alerts (text and values) by design and is reported apart.</para>
/// <para>On Linux the figure also shows the loop thread's time on a processor per quote (its own cost) and the share of
/// the timed range it spent runnable but waiting for a processor (how far a busy machine inflated the figure).</para>
/// <para>The pipeline figure (informative) adds what the daemon adds around the loop: a feed thread writing into the
/// bounded inbound channel and the alert pump delivering to the in-memory sink, on two cores.</para>
/// </remarks>
internal static class LoopThroughputMeasurement
{
    public static async Task<IReadOnlyList<BenchmarkFigure>> MeasureAsync(
        SimulatedTape tape, BenchmarkLoopFactory factory, int repetitions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tape);
        ArgumentNullException.ThrowIfNull(factory);
        var first = tape.IndexAt(tape.Sessions[1].Open);
        var end = tape.Events.Length;
        var quotes = tape.CountQuotes(first, end);
        // The per-event allocation pass goes first: it also lets tiered compilation settle before the timed runs.
        var allocation = new AllocationProbe(tape.Events, first, end);
        RunOnThisThread(tape, factory, allocation, cancellationToken);

        var rates = new double[repetitions];
        var runNanoseconds = new List<double>(repetitions);
        var waitFractions = new List<double>(repetitions);
        var bytesPerQuote = 0.0;
        var sameThread = true;
        for (var r = 0; r < repetitions; r++)
        {
            var probe = new ThroughputProbe(first, end);
            RunOnThisThread(tape, factory, probe, cancellationToken);
            rates[r] = quotes / probe.Elapsed.TotalSeconds;
            bytesPerQuote = probe.AllocatedBytes / (double)quotes;
            sameThread &= probe.SameThread;
            if (probe.Schedule is { } schedule)
            {
                runNanoseconds.Add(schedule.RunNanoseconds / (double)quotes);
                waitFractions.Add(schedule.WaitNanoseconds / (probe.Elapsed.TotalMilliseconds * 1e6));
            }
        }

        var pipelineRate = await MeasurePipelineAsync(tape, factory, first, end, quotes, cancellationToken).ConfigureAwait(false);

        Array.Sort(rates);
        var median = rates[repetitions / 2];
        var silentBytes = allocation.SilentQuotes == 0 ? 0 : allocation.SilentQuoteBytes / (double)allocation.SilentQuotes;
        var firstAllocating = allocation.FirstAllocatingSilentQuote >= 0
            ? Describe(tape, allocation.FirstAllocatingSilentQuote)
            : "none";
        return
        [
            BenchmarkFigure.Measured(
                "loop.quotesPerSecond",
                "quotes/s",
                "quotes per second through DecisionLoop.RunAsync on one core, replaying pre-generated simulated quotes at --speed max " +
                "(the daemon's loop: condor marks, signals, ALVH engines, bars, alerts); median of " + repetitions + " run(s)",
                median,
                BenchmarkTarget.AtLeast(5_000_000, BenchmarkTarget.TimingNoiseMarginPercent),
                FigureDetail.Of("nanosecondsPerQuote", 1e9 / median),
                FigureDetail.Of("fastestRun", rates[^1]),
                FigureDetail.Of("slowestRun", rates[0]),
                FigureDetail.Of("quotes", quotes),
                FigureDetail.Of("events", end - first),
                FigureDetail.Of("sessions", tape.Sessions.Count - 1),
                FigureDetail.Of("onOneThread", sameThread ? "yes" : "no: the loop awaited and resumed on another thread"),
                Median(runNanoseconds) is { } run
                    ? FigureDetail.Of("runningNanosecondsPerQuote", run)
                    : FigureDetail.Of("runningNanosecondsPerQuote", "unknown: no per-thread scheduler statistics here"),
                Median(waitFractions) is { } waited
                    ? FigureDetail.Of("waitedForProcessorPercent", 100 * waited)
                    : FigureDetail.Of("waitedForProcessorPercent", "unknown: no per-thread scheduler statistics here")),
            BenchmarkFigure.Measured(
                "loop.allocatedBytesPerQuote",
                "bytes/quote",
                "bytes the loop allocates per steady-state quote, i.e. a quote that raised no alert (GC.GetAllocatedBytesForCurrentThread per event)",
                silentBytes,
                BenchmarkTarget.AtMost(0, BenchmarkTarget.ExactNoiseMarginPercent),
                FigureDetail.Of("silentQuotes", allocation.SilentQuotes),
                FigureDetail.Of("allocatingSilentQuotes", allocation.AllocatingSilentQuotes),
                FigureDetail.Of("largestSilentQuoteBytes", allocation.LargestSilentQuoteBytes),
                FigureDetail.Of("firstAllocatingSilentQuote", firstAllocating),
                FigureDetail.Of("alertingEvents", allocation.AlertingEvents),
                FigureDetail.Of("bytesPerAlertingEvent", allocation.AlertingEvents == 0 ? 0 : allocation.AlertingEventBytes / (double)allocation.AlertingEvents)),
            BenchmarkFigure.Measured(
                "loop.allocatedBytesPerQuoteWithAlerts",
                "bytes/quote",
                "all bytes the loop's thread allocated over the timed range (alerts included) divided by its quotes",
                bytesPerQuote,
                target: null),
            BenchmarkFigure.Measured(
                "loop.pipelineQuotesPerSecond",
                "quotes/s",
                "quotes per second with the daemon's pipeline around the loop: a feed thread writing the tape into the bounded " +
                "inbound channel, the loop on the thread pool, the alert pump delivering to the in-memory sink",
                pipelineRate,
                target: null),
        ];
    }

    private static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        return values[values.Count / 2];
    }

    private static void RunOnThisThread(SimulatedTape tape, BenchmarkLoopFactory factory, LoopProbe probe, CancellationToken cancellationToken)
    {
        var reader = new ProbedInboundReader(new TapeReader(tape.Events, 0, tape.Events.Length), probe);
        var alerts = Channel.CreateUnbounded<Alert>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var writer = new ProbedAlertWriter(alerts.Writer, reader, probe);
        var loop = factory.CreateSimulated(reader, writer, tape.Sessions[0].Open);

        // Every read and write completes at once, so RunAsync finishes before it returns unless the loop truly waits.
        loop.RunAsync(cancellationToken).GetAwaiter().GetResult();
    }

    private static async Task<double> MeasurePipelineAsync(
        SimulatedTape tape, BenchmarkLoopFactory factory, int first, int end, long quotes, CancellationToken cancellationToken)
    {
        var channels = new EngineChannels(factory.Configuration.Engine);
        var probe = new ThroughputProbe(first, end);
        var reader = new ProbedInboundReader(channels.Inbound.Reader, probe);
        var loop = factory.CreateSimulated(reader, channels.Alerts.Writer, tape.Sessions[0].Open);
        var pump = new AlertPump(channels.Alerts.Reader, [new RecentAlertsSink()], factory.Configuration.Engine.AlertBatchSize, NullLogger<AlertPump>.Instance);
        var pumpTask = Task.Run(() => pump.RunAsync(cancellationToken), cancellationToken);
        var loopTask = Task.Run(() => loop.RunAsync(cancellationToken), cancellationToken);
        var feed = Task.Factory.StartNew(
            () => WriteAll(tape, channels.Inbound.Writer, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        await feed.ConfigureAwait(false);
        channels.Inbound.Writer.TryComplete();
        await loopTask.ConfigureAwait(false);
        channels.Alerts.Writer.TryComplete();
        await pumpTask.ConfigureAwait(false);
        return quotes / probe.Elapsed.TotalSeconds;
    }

    private static void WriteAll(SimulatedTape tape, ChannelWriter<InboundEvent> writer, CancellationToken cancellationToken)
    {
        foreach (var inboundEvent in tape.Events)
        {
            while (!writer.TryWrite(inboundEvent))
            {
                writer.WaitToWriteAsync(cancellationToken).AsTask().GetAwaiter().GetResult();
            }
        }
    }

    private static string Describe(SimulatedTape tape, long index)
    {
        var quote = tape.Events[index].Quote;
        return string.Create(CultureInfo.InvariantCulture, $"#{index} {quote.Symbol.DisplayName()} {quote.Last} at {quote.EventTime}");
    }
}
