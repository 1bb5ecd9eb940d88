using System.Globalization;
using System.Text.Json;
using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Engine.Condors;
using VixShield.Live.Engine.Execution;
using VixShield.Live.Engine.State;

namespace VixShield.Live.Engine.Pipeline;

/// <summary>Checkpoints (snapshots of the loop's state offered to a <see cref="SnapshotWriter"/>) and the restore that
/// resumes a live run after a restart.</summary>
/// <remarks>
/// <para><b>When.</b> A checkpoint is taken after an event that changed state worth keeping: one that raised an alert (a
/// decision, an order, a fill, a condor opened or settled, a session opened or closed, a signal change), one that queued
/// an order for the broker, and at most once per market minute one that closed bars. A quote that only moves marks
/// never triggers one by itself, so the quote path stays allocation-free; the marks it moved are in the next checkpoint.</para>
/// <para><b>Broker orders.</b> With a broker (orders leave the process), an order decided by the loop waits until the
/// snapshot recording it is saved, and is then handed to the broker by the writer: saved first, sent second. A crash in
/// between restarts into a state that knows the order and sends it then (the journal of order intents makes sure an
/// order already sent is not sent again).</para>
/// </remarks>
public sealed partial class DecisionLoop
{
    private static readonly Duration BarCheckpointInterval = Duration.FromMinutes(1);
    private static readonly IReadOnlyDictionary<string, JsonElement> NoVenueParts = new Dictionary<string, JsonElement>();

    private readonly BarHistory recentBars = new();
    private readonly Action<ExecutionCommand>? brokerSubmit;
    private readonly List<PendingCommand> brokerOutbox = [];
    private SnapshotWriter? snapshotWriter;
    private ExecutionSafetyGate? brokerGate;
    private long alertsWritten;
    private long nextCommandSequence;
    private long releasedThrough;
    private long commandsAtCheckpoint;
    private long barsAtCheckpoint;
    private Instant nextBarCheckpoint = Instant.MinValue;
    private bool checkpointPending;
    private volatile bool holdBrokerCommands;

    /// <summary>After a restore, a session the loop never saw open still settles the condors expiring with it (at the
    /// last SPX level known), because the daemon was down through it.</summary>
    private bool settleMissedSessions;

    /// <summary>The recent closed bars kept to rebuild the indicators after a restart.</summary>
    public BarHistory RecentBars => recentBars;

    /// <summary>Turns checkpoints on: snapshots go to <paramref name="writer"/>, and broker orders wait for the save that
    /// records them. Call before <see cref="RunAsync"/>.</summary>
    /// <param name="gate">The broker path's safety gate, saved with the snapshot (the in-process venue's gate is known already).</param>
    public void UseCheckpoints(SnapshotWriter writer, ExecutionSafetyGate? gate = null)
    {
        snapshotWriter = writer ?? throw new ArgumentNullException(nameof(writer));
        brokerGate = gate;
        if (brokerSubmit is not null)
        {
            writer.Saved = ReleaseSavedCommandsAsync;
        }
    }

    /// <summary>Takes the final checkpoint after the loop has drained and completes the writer. Orders still waiting are
    /// saved but not sent: the broker path is stopping, and the next start sends them.</summary>
    public void CompleteCheckpoints()
    {
        if (snapshotWriter is null)
        {
            return;
        }

        holdBrokerCommands = true;
        if (now != Instant.MinValue)
        {
            snapshotWriter.Offer(CaptureSnapshot(), alertsWritten);
        }

        snapshotWriter.Complete();
    }

    /// <summary>Continues alert numbering after <paramref name="lastSequence"/> when it is ahead of the loop's own (alerts
    /// journaled after the last saved snapshot), so numbers never repeat across a restart.</summary>
    public void ResumeAlertsAfter(long lastSequence) => alertFactory.ResumeAfter(lastSequence);

    /// <summary>The loop's state now, between two events.</summary>
    public EngineSnapshot CaptureSnapshot()
    {
        PruneReleasedCommands();
        var quotes = new List<Quote>(MarketSymbols.Count);
        var reported = new List<MarketSymbol>();
        foreach (var symbol in MarketSymbols.All)
        {
            if (lastQuotes[(int)symbol].EventTime != default)
            {
                quotes.Add(lastQuotes[(int)symbol]);
            }

            if (rejectionReported[(int)symbol])
            {
                reported.Add(symbol);
            }
        }

        var loopState = new DecisionLoopState(
            session?.TradeDate, sessionOpened, sessionQuotes, sessionRejected, quotes, reported, health?.CaptureState(), nextSample,
            Signals.Snapshot.IsTermStructureInverted);
        return new EngineSnapshot(
            now,
            alertFactory.LastSequence,
            loopState,
            new BarHistoryState(bars.OpenBars(), recentBars.Capture()),
            Condors.CaptureState(),
            Hedges?.CaptureState() ?? [],
            (execution?.Gate ?? brokerGate)?.CaptureState(),
            execution?.LastMatchedSecond,
            execution?.CaptureParts() ?? NoVenueParts,
            [.. brokerOutbox]);
    }

    /// <summary>Resumes from <paramref name="snapshot"/> before the first event: session, quotes, bars being built and the
    /// indicators (rebuilt from the saved bars), condors, hedge layers, the safety gate, the in-process venue and the alert
    /// numbering. Call once on a fresh loop, before <see cref="RunAsync"/>.</summary>
    /// <param name="resumeAt">The time the run resumes (now, for a live feed): a condor entry whose session closed before it
    /// is dropped rather than made late.</param>
    /// <exception cref="InvalidDataException">The snapshot cannot be applied (a position the configuration cannot hold, a
    /// session date that is not a trading day, bars out of order); nothing should run on this loop then.</exception>
    public EngineRestoreReport Restore(EngineSnapshot snapshot, Instant resumeAt)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var notes = new List<string>();
        var state = snapshot.Loop;
        now = snapshot.MarketTime;
        session = state.SessionTradeDate is { } date
            ? calendar.GetSession(date) ?? throw new InvalidDataException($"the saved session date {date:yyyy-MM-dd} is not an NYSE trading day")
            : null;
        sessionOpened = state.SessionOpened;
        sessionQuotes = state.SessionQuotes;
        sessionRejected = state.SessionRejected;
        Array.Clear(lastQuotes);
        Array.Clear(lastPrices);
        foreach (var quote in state.LastQuotes)
        {
            lastQuotes[(int)quote.Symbol] = quote;
            lastPrices[(int)quote.Symbol] = quote.Price;
        }

        Array.Clear(rejectionReported);
        foreach (var symbol in state.RejectionsReported)
        {
            rejectionReported[(int)symbol] = true;
        }

        if (health is not null && state.Health is { } saved)
        {
            health.RestoreState(saved);
        }

        nextSample = state.NextHedgeEvaluation;
        termStructureReady = false;
        alertFactory.ResumeAfter(snapshot.AlertSequence);
        bars.RestoreOpenBars(snapshot.Bars.Open);
        var rewarmed = RewarmIndicators(snapshot.Bars, state);
        notes.AddRange(Condors.RestoreState(snapshot.Condors));
        if (Hedges is not null)
        {
            notes.AddRange(Hedges.RestoreState(snapshot.Hedges));
        }
        else if (snapshot.Hedges.Count > 0)
        {
            notes.Add("the saved ALVH state is not used: no ruleset is configured");
        }

        var gate = execution?.Gate ?? brokerGate;
        if (gate is not null && snapshot.Gate is { } gateState)
        {
            gate.RestoreState(gateState);
        }

        var venue = execution?.RestoreParts(snapshot.VenueParts, snapshot.VenueMatchedSecond ?? long.MinValue) ?? [];
        RestoreOutbox(snapshot.Outbox, notes);
        CheckScheduledEntry(resumeAt, notes);
        settleMissedSessions = true;
        checkpointPending = true;
        return new EngineRestoreReport(Describe(snapshot, rewarmed, venue, gate), notes);
    }

    private void SubmitToBroker(ExecutionCommand command)
    {
        if (snapshotWriter is null)
        {
            brokerSubmit!(command);
            return;
        }

        brokerOutbox.Add(PendingCommand.From(++nextCommandSequence, command));
    }

    /// <summary>On the writer's task, after a save: hands the broker every order the saved snapshot records and the
    /// broker has not had yet, in decision order.</summary>
    private ValueTask ReleaseSavedCommandsAsync(EngineSnapshot saved, CancellationToken cancellationToken)
    {
        if (holdBrokerCommands)
        {
            return ValueTask.CompletedTask;
        }

        foreach (var pending in saved.Outbox)
        {
            if (pending.Sequence > Volatile.Read(ref releasedThrough))
            {
                brokerSubmit!(pending.ToCommand());
                Volatile.Write(ref releasedThrough, pending.Sequence);
            }
        }

        return ValueTask.CompletedTask;
    }

    private void PruneReleasedCommands()
    {
        var released = Volatile.Read(ref releasedThrough);
        brokerOutbox.RemoveAll(pending => pending.Sequence <= released);
    }

    private void Checkpoint(bool alerted)
    {
        if (now == Instant.MinValue)
        {
            return;
        }

        var barsDue = Statistics.BarsClosed != barsAtCheckpoint && now >= nextBarCheckpoint;
        if (!alerted && !barsDue && !checkpointPending && nextCommandSequence == commandsAtCheckpoint)
        {
            return;
        }

        if (barsDue)
        {
            barsAtCheckpoint = Statistics.BarsClosed;
            nextBarCheckpoint = now + BarCheckpointInterval;
        }

        commandsAtCheckpoint = nextCommandSequence;
        checkpointPending = false;
        snapshotWriter!.Offer(CaptureSnapshot(), alertsWritten);
    }

    /// <summary>Rebuilds every indicator by replaying the saved bars through the same path as a warm-up, then restores the
    /// latest levels from the saved quotes and the term-structure inversion, which bars alone cannot rebuild.</summary>
    private IReadOnlyList<BarSeriesState> RewarmIndicators(BarHistoryState saved, DecisionLoopState state)
    {
        Signals.Reset();
        recentBars.Clear();
        var ordered = BarHistory.InReplayOrder(saved.Recent);
        WarmUp(ordered);
        foreach (var quote in state.LastQuotes)
        {
            var newestBar = Instant.MinValue;
            foreach (var bar in ordered)
            {
                if (bar.Symbol == quote.Symbol && bar.End > newestBar)
                {
                    newestBar = bar.End;
                }
            }

            if (quote.EventTime >= newestBar)
            {
                Signals.OnPrice(quote.Symbol, (double)quote.Price, quote.EventTime);
            }
        }

        Signals.RestoreTermStructureInversion(state.TermStructureInverted);
        while (Signals.TryDequeueChange(out _))
        {
        }

        return saved.Recent;
    }

    private void RestoreOutbox(IReadOnlyList<PendingCommand> outbox, List<string> notes)
    {
        brokerOutbox.Clear();
        if (outbox.Count == 0)
        {
            return;
        }

        if (brokerSubmit is null)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{outbox.Count} order command(s) saved for the broker were not sent, because execution no longer goes to a broker: ")
                + string.Join(", ", outbox.Select(p => p.ToCommand().ToString())));
            return;
        }

        brokerOutbox.AddRange(outbox);
        nextCommandSequence = Math.Max(nextCommandSequence, outbox[^1].Sequence);
        commandsAtCheckpoint = nextCommandSequence;
        notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"{outbox.Count} order command(s) saved before the restart go to the broker after the first save (the order journal drops any already sent)"));
    }

    private void CheckScheduledEntry(Instant resumeAt, List<string> notes)
    {
        if (now > resumeAt)
        {
            notes.Add($"the saved market time {Format(now)} is ahead of the clock ({Format(resumeAt)}): quotes stamped before it are refused as out of order until the clock passes it");
        }

        var entry = Condors.NextEntry;
        if (entry == Instant.MaxValue || entry > resumeAt)
        {
            return;
        }

        var entryDate = entry.InZone(calendar.Zone).Date;
        var close = calendar.GetSession(entryDate)?.Close ?? entry;
        if (resumeAt >= close)
        {
            Condors.CancelScheduledEntry();
            notes.Add($"the condor entry due at {Format(entry)} was missed while the daemon was down (its session closed at {Format(close)}); no condor is opened for it");
        }
        else
        {
            notes.Add($"the condor entry due at {Format(entry)} passed while the daemon was down; it is made at the first quote, on the levels then");
        }
    }

    private string Describe(EngineSnapshot snapshot, IReadOnlyList<BarSeriesState> rewarmed, IReadOnlyList<string> venue, ExecutionSafetyGate? gate)
    {
        var parts = new List<string>();
        var condors = Condors.OpenPositions;
        parts.Add(condors.Count == 0
            ? "no open condor"
            : string.Create(CultureInfo.InvariantCulture, $"{condors.Count} open condor(s) ({string.Join("; ", condors.Select(CondorBook.Describe))})"));
        if (Hedges is not null)
        {
            var layers = Hedges.Trading.Layers;
            parts.Add(string.Create(CultureInfo.InvariantCulture,
                $"{layers.Count} hedge layer(s) of {Hedges.Trading.Ruleset.Name} ({Hedges.Trading.DescribeLayers()}, scalar memory and daily accumulators of {snapshot.Hedges.Count} ruleset(s))"));
        }

        parts.AddRange(venue);
        if (gate is not null && snapshot.Gate is { } saved)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture,
                $"safety gate ({saved.OrdersInFlight.Count} order(s) in flight, {saved.Layers.Count} layer exposure(s), kill switch {(gate.IsKillSwitchActive ? "ON: " + gate.KillSwitchReason : "off")}{(gate.IsPaused ? ", paused" : string.Empty)})"));
        }

        var bars = rewarmed.Sum(s => s.Bars.Count);
        parts.Add(bars == 0
            ? "no saved bars to re-warm the indicators with"
            : string.Create(CultureInfo.InvariantCulture,
                $"{bars} bars re-warmed ({string.Join(", ", rewarmed.Select(s => $"{s.Symbol.DisplayName()} {PeriodName(s.Period)} {s.Bars.Count}"))})"));
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"{snapshot.Bars.Open.Count} bar(s) in progress"));
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"alerts continue after #{alertFactory.LastSequence}"));
        parts.Add("last processed " + Format(snapshot.MarketTime) + " New York");
        return "restored " + string.Join(", ", parts);
    }
}
