using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Adapters.Notifications.Memory;
using VixShield.Live.Engine.Alerts;
using VixShield.Live.Engine.Pipeline;

namespace VixShield.Live.Benchmarking;

/// <summary>Quote-to-decision latency inside the process, as a histogram over every quote of the tape after the warm-up
/// session (over a million in a full run), at a realistic rate and in bursts (targets: p50 5 us, p99 20 us, p99.9 100 us).</summary>
/// <remarks>
/// <para>Quote-to-decision latency of a quote: from the Stopwatch timestamp taken by the feed thread just before it writes
/// the quote into the daemon's bounded inbound channel, to the Stopwatch timestamp taken when the decision loop, having
/// processed it (validation, bars, signals, condor marks and shadow stops, ALVH rules) and written every alert it raised
/// into the alert channel, comes back to the inbound channel for the next event. Quote-to-alert latency, for the quotes
/// that raised alerts, ends instead when the first of them is in the alert channel.</para>
/// <para>The pipeline is the daemon's: <see cref="EngineChannels"/> from the configuration, the loop running
/// <see cref="DecisionLoop.RunAsync"/> on the thread pool, the alert pump delivering to the in-memory sink. The loop sees
/// the channels through thin probes (<see cref="ProbedInboundReader"/>, <see cref="ProbedAlertWriter"/>) that take the
/// timestamps. The feed is a dedicated thread that waits for its release times: realistic means one quote at a time with
/// a gap long enough for the loop to finish and wait; burst means groups written back to back (a reconnect snapshot),
/// each quote timed from its own write, so queueing behind the earlier quotes of its burst counts. At the realistic
/// rate the pool thread that ran the loop is often still spinning when the next quote comes; the sparse run (a thousand
/// quotes five milliseconds apart, informative) shows what a quote costs once that thread has gone to sleep, as it has
/// between a broker's ticks.</para>
/// </remarks>
internal static class LoopLatencyMeasurement
{
    private static readonly (string Name, double Percent, double TargetMicroseconds)[] Targets =
    [
        ("p50Us", 50, 5),
        ("p99Us", 99, 20),
        ("p999Us", 99.9, 100),
    ];

    public static async Task<IReadOnlyList<BenchmarkFigure>> MeasureAsync(
        SimulatedTape tape, BenchmarkLoopFactory factory, BenchmarkSettings settings, TimeProvider wallClock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tape);
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(settings);
        var figures = new List<BenchmarkFigure>();
        var realistic = QuotePacing.Steady(settings.RealisticInterval);
        var (decisions, alerts) = await RunAsync(tape, factory, realistic, wallClock, cancellationToken).ConfigureAwait(false);
        figures.AddRange(Figures("latency." + realistic.Name, "quote-to-decision", realistic, decisions, withTargets: true));
        figures.AddRange(Figures("latency." + realistic.Name + "Alert", "quote-to-alert (quotes that raised alerts)", realistic, alerts, withTargets: true));

        var bursts = QuotePacing.Bursts(settings.BurstSize, settings.BurstInterval);
        (decisions, _) = await RunAsync(tape, factory, bursts, wallClock, cancellationToken).ConfigureAwait(false);
        figures.AddRange(Figures("latency." + bursts.Name, "quote-to-decision", bursts, decisions, withTargets: true));

        var sparse = QuotePacing.Sparse(settings.SparseQuotes, settings.SparseInterval);
        (decisions, _) = await RunAsync(tape, factory, sparse, wallClock, cancellationToken).ConfigureAwait(false);
        figures.AddRange(Figures("latency." + sparse.Name, "quote-to-decision", sparse, decisions, withTargets: false));
        return figures;
    }

    /// <param name="withTargets">False for the sparse run: too few quotes for the targets' percentiles, shown for the
    /// wake-up cost it exposes.</param>
    private static IEnumerable<BenchmarkFigure> Figures(string prefix, string what, QuotePacing pacing, LatencyHistogram histogram, bool withTargets)
    {
        var rate = pacing.GroupSize == 1
            ? string.Create(CultureInfo.InvariantCulture, $"one quote every {pacing.Interval.TotalMicroseconds:0} us")
            : string.Create(CultureInfo.InvariantCulture, $"bursts of {pacing.GroupSize} quotes every {pacing.Interval.TotalMicroseconds:0} us");
        foreach (var (name, percent, limit) in Targets)
        {
            var target = withTargets ? BenchmarkTarget.AtMost(limit, BenchmarkTarget.TimingNoiseMarginPercent) : null;
            var details = new List<FigureDetail>
            {
                FigureDetail.Of("samples", histogram.Count),
                FigureDetail.Of("meanUs", histogram.MeanMicroseconds),
                FigureDetail.Of("maxUs", histogram.MaximumMicroseconds),
            };
            if (percent == 50)
            {
                details.AddRange(histogram.Buckets());
            }

            yield return histogram.Count == 0
                ? BenchmarkFigure.NotMeasured(prefix + "." + name, "us", what + " latency, " + rate, target, "no quote of the tape raised an alert")
                : new BenchmarkFigure(
                    prefix + "." + name,
                    "us",
                    string.Create(CultureInfo.InvariantCulture, $"{what} latency, {percent:0.#}th percentile over {histogram.Count} quotes, {rate}"),
                    histogram.Percentile(percent),
                    target,
                    null,
                    details);
        }
    }

    private static async Task<(LatencyHistogram Decisions, LatencyHistogram Alerts)> RunAsync(
        SimulatedTape tape, BenchmarkLoopFactory factory, QuotePacing pacing, TimeProvider wallClock, CancellationToken cancellationToken)
    {
        var first = tape.IndexAt(tape.Sessions[1].Open);
        var count = Math.Min(tape.Events.Length - first, pacing.Limit ?? int.MaxValue);
        var channels = new EngineChannels(factory.Configuration.Engine);
        var probe = new LatencyProbe(first, count);
        var reader = new ProbedInboundReader(channels.Inbound.Reader, probe);
        var loop = factory.CreateSimulated(reader, new ProbedAlertWriter(channels.Alerts.Writer, reader, probe), tape.Sessions[0].Open);
        var pump = new AlertPump(channels.Alerts.Reader, [new RecentAlertsSink()], factory.Configuration.Engine.AlertBatchSize, NullLogger<AlertPump>.Instance);
        var pumpTask = Task.Run(() => pump.RunAsync(cancellationToken), cancellationToken);
        var loopTask = Task.Run(() => loop.RunAsync(cancellationToken), cancellationToken);
        var writer = channels.Inbound.Writer;
        for (var i = 0; i < first; i++)
        {
            await writer.WriteAsync(tape.Events[i], cancellationToken).ConfigureAwait(false);
        }

        while (probe.LastCompleted < first - 1)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(1), wallClock, cancellationToken).ConfigureAwait(false);
        }

        var written = new long[count];
        await Task.Factory.StartNew(
            () => Release(tape.Events, first, written, pacing, writer),
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).ConfigureAwait(false);
        writer.TryComplete();
        await loopTask.ConfigureAwait(false);
        channels.Alerts.Writer.TryComplete();
        await pumpTask.ConfigureAwait(false);

        var decisions = new List<long>(count);
        var alerts = new List<long>();
        for (var k = 0; k < count; k++)
        {
            if (tape.Events[first + k].Kind != InboundEventKind.Quote)
            {
                continue;
            }

            decisions.Add(probe.CompletedAt[k] - written[k]);
            if (probe.FirstAlertAt[k] != 0)
            {
                alerts.Add(probe.FirstAlertAt[k] - written[k]);
            }
        }

        return (LatencyHistogram.FromTicks(decisions), LatencyHistogram.FromTicks(alerts));
    }

    /// <summary>The feed thread: releases the events on schedule, stamping each just before it enters the channel. A
    /// late start (the thread was descheduled) is not caught up with a burst: the schedule moves on from now. While it
    /// waits it yields rather than spins, so on a machine with fewer free cores than busy threads it does not take the
    /// loop's core away (on an idle machine a yield returns at once and the wait is as precise as a spin).</summary>
    private static void Release(InboundEvent[] events, int first, long[] written, QuotePacing pacing, ChannelWriter<InboundEvent> writer)
    {
        var interval = (long)(pacing.Interval.TotalSeconds * Stopwatch.Frequency);
        var due = Stopwatch.GetTimestamp();
        for (var k = 0; k < written.Length; k += pacing.GroupSize)
        {
            while (Stopwatch.GetTimestamp() < due)
            {
                Thread.Yield();
            }

            var groupEnd = Math.Min(k + pacing.GroupSize, written.Length);
            for (var j = k; j < groupEnd; j++)
            {
                written[j] = Stopwatch.GetTimestamp();
                while (!writer.TryWrite(events[first + j]))
                {
                    Thread.Yield();
                }
            }

            due = Math.Max(due + interval, Stopwatch.GetTimestamp());
        }
    }
}
