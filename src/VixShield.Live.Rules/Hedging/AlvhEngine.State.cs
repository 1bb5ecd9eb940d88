using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Rules.Hedging;

/// <summary>Capture and restore of the engine's state across a restart.</summary>
public sealed partial class AlvhEngine
{
    /// <summary>The engine's state between two evaluations (no decision may be waiting in the queue).</summary>
    /// <exception cref="InvalidOperationException">Decisions are still queued: capture only after draining them.</exception>
    public AlvhEngineState CaptureState()
    {
        if (decisions.Count > 0)
        {
            throw new InvalidOperationException($"{StrategyName} has {decisions.Count} undrained decision(s); capture its state only between events");
        }

        var layers = new HedgeLayerSlotState[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            var slot = slots[i];
            var block = slot.LastBlock;
            var position = slot.Position;
            layers[i] = new HedgeLayerSlotState(
                slot.Rule.Id,
                slot.Armed,
                block.IsSet ? block.Cause : null,
                block.WindowEnd,
                block.Limit,
                position is null
                    ? null
                    : new HedgeLayerHoldingState(position.Instrument, position.SettlementTime, position.Contracts, position.UnitCost, position.Mark,
                        position.OpenedAt, position.RsiAtOpen, position.IsMonetized, position.PeakAbsoluteMove));
        }

        var histories = new CondorHedgeHistoryState[condors.Count];
        int? primaryIndex = null;
        for (var i = 0; i < condors.Count; i++)
        {
            var tracker = condors[i];
            histories[i] = new CondorHedgeHistoryState(tracker.Condor, tracker.EntryTime, tracker.EntrySpxLevel, tracker.HedgeValueAtStart,
                tracker.HedgeCostDollars, tracker.LayersOpened, tracker.PeakDollars, tracker.MaxDrawdownDollars);
            if (ReferenceEquals(tracker, primary))
            {
                primaryIndex = i;
            }
        }

        var (latest, previous) = scalar.HistogramMemory;
        return new AlvhEngineState(
            ruleset.Name,
            hasEvaluated ? lastEvaluation : null,
            nextMark,
            reportedScalar,
            latest,
            previous,
            hasTermStructure ? lastLevels : null,
            RealisedCashDollars,
            decisionCount,
            orderIdInstant,
            orderIdSequence,
            layers,
            histories,
            primaryIndex);
    }

    /// <summary>Replaces the engine's state with <paramref name="state"/>, captured from an engine of the same ruleset.</summary>
    /// <returns>Notes on what differed from the configured ruleset (a flat layer the ruleset no longer has), for the log.</returns>
    /// <exception cref="InvalidDataException">The state is of another ruleset, holds a position in a layer the ruleset no
    /// longer defines, or names a primary condor it does not list.</exception>
    public IReadOnlyList<string> RestoreState(AlvhEngineState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!string.Equals(state.Ruleset, ruleset.Name, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"the saved ALVH state is of ruleset '{state.Ruleset}', not '{ruleset.Name}'");
        }

        if (state.PrimaryCondor is { } index && (index < 0 || index >= state.Condors.Count))
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"the saved state of ruleset '{ruleset.Name}' names condor {index} as the one hedged, but lists {state.Condors.Count}"));
        }

        var notes = new List<string>();
        foreach (var saved in state.Layers)
        {
            var slot = Array.Find(slots, s => string.Equals(s.Rule.Id, saved.LayerId, StringComparison.Ordinal));
            if (slot is null)
            {
                if (saved.Holding is { } orphan)
                {
                    throw new InvalidDataException(
                        $"the saved state of ruleset '{ruleset.Name}' holds {orphan.Contracts} x {orphan.Instrument} in layer {saved.LayerId}, which the ruleset no longer defines; " +
                        "restore the ruleset that opened it (or close the position) before restarting");
                }

                notes.Add($"{ruleset.Name}: layer {saved.LayerId} of the saved state is no longer in the ruleset (it was flat)");
            }
        }

        foreach (var slot in slots)
        {
            var saved = state.Layers.FirstOrDefault(l => string.Equals(l.LayerId, slot.Rule.Id, StringComparison.Ordinal));
            slot.Armed = saved?.Armed ?? true;
            slot.LastBlock = saved?.BlockCause is { } cause ? new BlockKey(true, cause, saved.BlockWindowEnd, saved.BlockLimit) : BlockKey.None;
            slot.Position = saved?.Holding is { } holding
                ? new HedgeLayerState(holding.Instrument, holding.SettlementTime, holding.Contracts, holding.UnitCost, holding.Mark, holding.OpenedAt, holding.RsiAtOpen)
                {
                    IsMonetized = holding.IsMonetized,
                    PeakAbsoluteMove = holding.PeakAbsoluteMove,
                }
                : null;
        }

        condors.Clear();
        primary = null;
        for (var i = 0; i < state.Condors.Count; i++)
        {
            var saved = state.Condors[i];
            var tracker = new CondorTracker(saved.Condor, saved.EntryTime, saved.EntrySpx, saved.HedgeValueAtStart)
            {
                HedgeCostDollars = saved.HedgeCostDollars,
                LayersOpened = saved.LayersOpened,
            };
            tracker.RestorePath(saved.PeakDollars, saved.MaxDrawdownDollars);
            condors.Add(tracker);
            if (state.PrimaryCondor == i)
            {
                primary = tracker;
            }
        }

        decisions.Clear();
        hasEvaluated = state.LastEvaluation is not null;
        lastEvaluation = state.LastEvaluation ?? default;
        nextMark = state.NextMark;
        reportedScalar = state.ReportedScalar;
        scalar.RestoreHistogramMemory(state.HistogramLatest, state.HistogramPrevious);
        RealisedCashDollars = state.RealisedCashDollars;
        decisionCount = state.DecisionCount;
        orderIdInstant = state.OrderIdTime;
        orderIdSequence = state.OrderIdSequence;
        dayStart = Instant.MaxValue;
        nextDayStart = Instant.MinValue;
        lastSpx = 0m;
        bookChanged = true;
        lastCurve = null;
        hasTermStructure = state.Levels is not null;
        if (state.Levels is { } levels)
        {
            // Level signals are only refreshed when a level changes, so the saved levels fill them here; the next
            // evaluation then sees an unchanged market exactly as the uninterrupted engine would.
            lastLevels = levels;
            termStructure = new VolatilityTermStructure(in levels);
            FillLevelSignals(new HedgeMarket(0m, levels.Vix, levels.Vix9d, levels.Vix3m, levels.Vix6m, levels.Vvix));
        }

        RefreshLayerSignals();
        return notes;
    }

    /// <summary>The open layers in words (<c>L1 2 x VIX 2026-04-15 23C at 1.60</c>), for logs.</summary>
    public string DescribeLayers()
    {
        var open = Layers;
        return open.Count == 0
            ? "no layer open"
            : string.Join(", ", open.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.LayerId} {l.Contracts} x {l.Instrument} at {l.UnitCost}")));
    }
}
