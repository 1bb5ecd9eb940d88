using System.Globalization;
using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Indicators.Signals;
using VixShield.Live.Engine.Condors;
using VixShield.Live.Engine.Status;
using VixShield.Live.Rules.Hedging;

namespace VixShield.Live.Engine.Hedging;

/// <summary>Runs the ALVH rule engines beside the condors: the trading ruleset's decisions become alerts and orders; the
/// other rulesets run in the shadows so that every daily comparison shows each preset on the same condor.</summary>
/// <remarks>The decision loop evaluates the engines on the first SPX quote of each market second: a decision a fraction
/// of a second later changes nothing for a hedge bought in VIX calls. A quote of a volatility index only changes the
/// levels they will see next. The condor itself is never touched.</remarks>
public sealed class HedgeDesk
{
    private readonly IReadOnlyList<AlvhEngine> engines;
    private readonly Func<long> nextSequence;
    private readonly Action<Alert> emit;
    private readonly Action<ExecutionCommand>? submit;

    /// <param name="engines">The trading ruleset first, then the shadow rulesets.</param>
    public HedgeDesk(IReadOnlyList<AlvhEngine> engines, Func<long> nextSequence, Action<Alert> emit, Action<ExecutionCommand>? submit)
    {
        ArgumentNullException.ThrowIfNull(engines);
        if (engines.Count == 0)
        {
            throw new ArgumentException("at least the trading ruleset's engine is needed", nameof(engines));
        }

        this.engines = engines;
        this.nextSequence = nextSequence ?? throw new ArgumentNullException(nameof(nextSequence));
        this.emit = emit ?? throw new ArgumentNullException(nameof(emit));
        this.submit = submit;
    }

    public AlvhEngine Trading => engines[0];

    /// <summary>Decisions made by the shadow rulesets (counted, not alerted).</summary>
    public long ShadowDecisions { get; private set; }

    public void Evaluate(Instant now, in MarketSignalSnapshot snapshot, in HedgeMarket market, CondorBook condors)
    {
        ArgumentNullException.ThrowIfNull(condors);
        var open = condors.OpenPositions;
        CondorContext? newest = open.Count == 0 ? null : Context(open[^1]);
        for (var e = 0; e < engines.Count; e++)
        {
            var engine = engines[e];
            for (var i = 0; i < open.Count - 1; i++)
            {
                engine.MarkCondor(Context(open[i]));
            }

            if (engine.Evaluate(now, in snapshot, in market, in newest) > 0)
            {
                Drain(engine, trading: e == 0);
            }
        }
    }

    /// <summary>Turns every engine's day over at a session open (see <see cref="AlvhEngine.OnSessionOpen"/>).</summary>
    public void OnSessionOpen(Instant open)
    {
        for (var e = 0; e < engines.Count; e++)
        {
            engines[e].OnSessionOpen(open);
        }
    }

    /// <summary>Lets every engine start following a condor on the event that opened it. An engine would otherwise meet the
    /// condor at its next evaluation and allocate its history there, on a quote that raises nothing; the history starts
    /// with the same hedge book either way, as only an evaluation changes the book.</summary>
    public void OnCondorOpened(CondorPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        for (var e = 0; e < engines.Count; e++)
        {
            engines[e].MarkCondor(Context(position));
        }
    }

    /// <summary>Adds each ruleset's ALVH row (condor held to expiry plus the hedge book) to a settling condor's comparison.</summary>
    public void OnCondorSettled(CondorPosition position, Instant close, decimal spxClose, ComparisonRows rows)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(rows);
        for (var e = 0; e < engines.Count; e++)
        {
            var engine = engines[e];

            // A condor no SPX quote followed (the data ended, or the feed went quiet until the close) has not been seen by
            // the engine yet; marking it first gives the engine its entry, so the day still has an ALVH row.
            engine.MarkCondor(Context(position));
            var result = engine.OnCondorSettled(close, position.Condor, spxClose);
            Drain(engine, trading: e == 0);
            var perCondor = 100m * position.Condor.Quantity;
            rows.Add(result.Strategy, result.TotalProfitAndLossPerCondor, result.MaxDrawdownPerCondor, stopped: false,
                string.Create(CultureInfo.InvariantCulture, $", hedge cost {result.HedgeCostDollars:0.00} dollars, {result.LayersOpened} layer(s) opened"),
                AlertValue.Of("hedge_cost", result.HedgeCostDollars / perCondor),
                AlertValue.Of("hedge_result", result.HedgeProfitAndLossDollars / perCondor),
                AlertValue.Of("layers_opened", (long)result.LayersOpened));
        }
    }

    /// <summary>Every engine's state, the trading ruleset first.</summary>
    public IReadOnlyList<AlvhEngineState> CaptureState() => [.. engines.Select(static engine => engine.CaptureState())];

    /// <summary>Restores each engine from the saved state of the same ruleset. A configured ruleset without saved state
    /// starts flat; saved state of a ruleset no longer configured is dropped unless it holds layers, which refuses the
    /// restore (a position must never be forgotten).</summary>
    /// <returns>Notes on what differed from the configuration, for the log.</returns>
    /// <exception cref="InvalidDataException">A saved state cannot be restored (see <see cref="AlvhEngine.RestoreState"/>).</exception>
    public IReadOnlyList<string> RestoreState(IReadOnlyList<AlvhEngineState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        var notes = new List<string>();
        foreach (var saved in states)
        {
            if (engines.Any(engine => string.Equals(engine.Ruleset.Name, saved.Ruleset, StringComparison.Ordinal)))
            {
                continue;
            }

            var held = saved.Layers.Where(layer => layer.Holding is not null).Select(layer => layer.LayerId).ToList();
            if (held.Count > 0 && string.Equals(saved.Ruleset, states[0].Ruleset, StringComparison.Ordinal))
            {
                throw new InvalidDataException(
                    $"the saved state's trading ruleset '{saved.Ruleset}' holds layers {string.Join(", ", held)}, but '{saved.Ruleset}' is no longer configured " +
                    $"(Alvh:Ruleset is '{Trading.Ruleset.Name}'); configure it again (or close the layers) before restarting");
            }

            notes.Add($"ruleset {saved.Ruleset} is no longer configured; its saved comparison state was dropped");
        }

        foreach (var engine in engines)
        {
            var saved = states.FirstOrDefault(s => string.Equals(s.Ruleset, engine.Ruleset.Name, StringComparison.Ordinal));
            if (saved is null)
            {
                notes.Add($"ruleset {engine.Ruleset.Name} has no saved state and starts flat");
                continue;
            }

            notes.AddRange(engine.RestoreState(saved));
        }

        return notes;
    }

    /// <summary>The trading ruleset's book, for the operator's window.</summary>
    public IReadOnlyList<NamedValueView> Describe()
    {
        var engine = Trading;
        var views = new List<NamedValueView>
        {
            new("scalar", engine.CurrentScalar.ToString("0.00", CultureInfo.InvariantCulture), engine.CurrentScalar > 1.0),
            new("ruleset", engine.Ruleset.Name, false),
            new("premium held ($)", engine.PremiumHeldDollars.ToString("0.00", CultureInfo.InvariantCulture), engine.PremiumHeldDollars > 0m),
            new("book mark ($)", engine.BookMarkDollars.ToString("0.00", CultureInfo.InvariantCulture), false),
        };
        foreach (var layer in engine.Layers)
        {
            views.Add(new NamedValueView(layer.LayerId,
                string.Create(CultureInfo.InvariantCulture, $"{layer.Contracts} x {layer.Instrument}, cost {layer.UnitCost:0.00}, mark {layer.Mark:0.00}"),
                true));
        }

        return views;
    }

    private static CondorContext Context(CondorPosition position) =>
        new(position.Condor, position.Proposal.EntryTime, position.Proposal.Spx, position.SigmaAtEntry, position.LastMark);

    private void Drain(AlvhEngine engine, bool trading)
    {
        while (engine.TryDequeueDecision(out var decision))
        {
            if (!trading)
            {
                ShadowDecisions++;
                continue;
            }

            emit(decision.ToAlert(nextSequence()));
            if (submit is not null)
            {
                foreach (var order in decision.Orders)
                {
                    submit(order.ToSubmitOrder());
                }
            }
        }
    }
}
