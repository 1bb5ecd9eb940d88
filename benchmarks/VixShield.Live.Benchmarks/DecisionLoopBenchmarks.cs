using System.Threading.Channels;
using BenchmarkDotNet.Attributes;
using NodaTime;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Engine.Pipeline;

namespace VixShield.Live.Benchmarks;

/// <summary>The full quote path of <see cref="DecisionLoop.Process"/> in steady state (target: 200 ns or less per quote,
/// i.e. 5 million quotes a second on one core, and 0 bytes allocated per quote).</summary>
/// <remarks>
/// The loop is built as the daemon builds it (<see cref="BenchmarkLoops"/>: condors, signals, the ALVH engines of the
/// shipped rulesets). The tape is two simulated sessions. Each iteration builds a fresh loop and feeds it, untimed, the
/// first session (which opens the first condor at 15:30) and the second one up to 10:00; the timed part is the next
/// <see cref="MeasuredEvents"/> events (10:00 to about 14:20), during which the condor is open, marked in full every
/// market second and bounded on the other SPX and VIX quotes (priced when a stop comes within reach), the ALVH engines
/// evaluate every market second, bars close every minute and no scheduled decision falls due. The daily indicators are not warmed (the daemon warms them from history; the hedge rules then see more signals).
/// Alerts are written to the alert channel and drained as the loop's own flush would, so their cost is included.
/// <see cref="LoopComposition.Daemon"/> adds what <c>vixshield run</c> adds: the staleness watch and a bar alert per bar.
/// </remarks>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[InvocationCount(1)]
[WarmupCount(2)]
[IterationCount(12)]
public class DecisionLoopBenchmarks
{
    private const int MeasuredEvents = 250_000;

    private SimulatedTape tape = null!;
    private int measuredFrom;
    private DecisionLoop loop = null!;
    private Channel<Alert> alerts = null!;

    [Params(LoopComposition.Daemon, LoopComposition.Replay)]
    public LoopComposition Composition { get; set; }

    [GlobalSetup]
    public void RecordTape()
    {
        tape = SimulatedTape.Record(new LocalDate(2025, 3, 3), sessionCount: 2, seed: 42);
        measuredFrom = tape.IndexAt(tape.Sessions[1].Open + Duration.FromMinutes(30));
        if (measuredFrom + MeasuredEvents > tape.IndexAt(tape.Sessions[1].Close - Duration.FromMinutes(30)))
        {
            throw new InvalidOperationException("the measured events must end before the day's condor entry");
        }
    }

    [IterationSetup]
    public void WarmUpLoop()
    {
        alerts = Channel.CreateUnbounded<Alert>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        loop = BenchmarkLoops.Create(Composition, Channel.CreateUnbounded<InboundEvent>().Reader, alerts.Writer);
        for (var i = 0; i < measuredFrom; i++)
        {
            Step(i);
        }
    }

    [Benchmark(OperationsPerInvoke = MeasuredEvents)]
    public long ProcessQuote()
    {
        var end = measuredFrom + MeasuredEvents;
        for (var i = measuredFrom; i < end; i++)
        {
            Step(i);
        }

        return loop.Statistics.QuotesProcessed;
    }

    private void Step(int index)
    {
        loop.Process(in tape.Events[index]);
        if (loop.PendingAlerts.Count == 0)
        {
            return;
        }

        // The alert channel is unbounded, so the flush completes synchronously.
        var flush = loop.FlushAlertsAsync(CancellationToken.None);
        if (!flush.IsCompletedSuccessfully)
        {
            flush.AsTask().GetAwaiter().GetResult();
        }

        while (alerts.Reader.TryRead(out _))
        {
        }
    }
}
