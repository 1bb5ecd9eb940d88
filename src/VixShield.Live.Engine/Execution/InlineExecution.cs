using System.Text.Json;
using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Engine.Alerts;

namespace VixShield.Live.Engine.Execution;

/// <summary>Runs an in-process venue (paper broker, alerts-only) on the decision loop's thread and clock.</summary>
/// <remarks>
/// The venue's clock is a <see cref="ManualTimeProvider"/> that only the loop advances, to its own market time, and
/// commands, matching and the venue's events all happen between two inbound events on the loop's thread. So a paper run
/// replays byte for byte: fills never depend on how far the feed ran ahead. Matching runs when market time enters a new
/// second (the venue's granularity), not on every quote. A remote venue (a broker) does not use this: its pump runs on
/// its own task and its events come back through the inbound channel.
/// </remarks>
public sealed class InlineExecution
{
    private readonly ExecutionPump pump;
    private readonly ExecutionChannels channels;
    private readonly ExecutionSafetyGate gate;
    private readonly ISimulatedVenue? venue;
    private readonly IMarketObserver? observer;
    private readonly List<ExecutionCommand> queued = [];
    private long lastMatchedSecond = long.MinValue;

    public InlineExecution(ExecutionPump pump, ExecutionChannels channels, ExecutionSafetyGate gate, ManualTimeProvider venueClock,
        ISimulatedVenue? venue, IMarketObserver? observer)
    {
        this.pump = pump ?? throw new ArgumentNullException(nameof(pump));
        this.channels = channels ?? throw new ArgumentNullException(nameof(channels));
        this.gate = gate ?? throw new ArgumentNullException(nameof(gate));
        VenueClock = venueClock ?? throw new ArgumentNullException(nameof(venueClock));
        this.venue = venue;
        this.observer = observer;
    }

    /// <summary>The venue's clock, advanced by the loop to its market time.</summary>
    public ManualTimeProvider VenueClock { get; }

    public ExecutionSafetyGate Gate => gate;

    public void OnQuote(in Quote quote) => observer?.OnQuote(in quote);

    public void Enqueue(ExecutionCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        queued.Add(command);
    }

    /// <summary>True when <see cref="RunAsync"/> has something to do at <paramref name="now"/>; checked on every event so
    /// the common case costs a comparison, not an async call.</summary>
    public bool HasWork(Instant now) =>
        queued.Count > 0 || channels.Events.Reader.Count > 0 || (venue is not null && SecondOf(now) != lastMatchedSecond);

    /// <summary>Sets the venue clock to <paramref name="now"/>, executes queued commands, lets the venue match, and turns
    /// every venue event into an alert appended to <paramref name="alerts"/>.</summary>
    public async ValueTask RunAsync(Instant now, AlertFactory factory, List<Alert> alerts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(alerts);
        if (now > VenueClock.GetCurrentInstant())
        {
            VenueClock.AdvanceTo(now);
        }

        foreach (var command in queued)
        {
            await pump.HandleAsync(command, cancellationToken).ConfigureAwait(false);
        }

        queued.Clear();
        var second = SecondOf(now);
        if (venue is not null && second != lastMatchedSecond)
        {
            lastMatchedSecond = second;
            await venue.ProcessMarketAsync(cancellationToken).ConfigureAwait(false);
        }

        while (channels.Events.Reader.TryRead(out var executionEvent))
        {
            gate.Observe(executionEvent);
            alerts.Add(ExecutionEventAlerts.Create(factory, executionEvent));
        }
    }

    /// <summary>The market second the venue last matched in (<see cref="long.MinValue"/> before the first).</summary>
    public long LastMatchedSecond => lastMatchedSecond;

    /// <summary>The saved sections of the venue's parts that keep state (the paper broker and its price source), by key.</summary>
    /// <exception cref="InvalidOperationException">Commands or venue events are still waiting: capture only between events.</exception>
    public IReadOnlyDictionary<string, JsonElement> CaptureParts()
    {
        if (queued.Count > 0 || channels.Events.Reader.Count > 0)
        {
            throw new InvalidOperationException("the in-process venue has commands or events waiting; capture its state only between events");
        }

        var parts = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var part in PersistentParts())
        {
            parts.Add(part.StateKey, part.CaptureState());
        }

        return parts;
    }

    /// <summary>Restores the venue's parts from their saved sections and the matching clock from <paramref name="matchedSecond"/>.</summary>
    /// <returns>One line per part: what was restored, or why a part starts fresh or a saved section is not used.</returns>
    /// <exception cref="InvalidDataException">A part cannot read its section back.</exception>
    public IReadOnlyList<string> RestoreParts(IReadOnlyDictionary<string, JsonElement> parts, long matchedSecond)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var lines = new List<string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in PersistentParts())
        {
            if (parts.TryGetValue(part.StateKey, out var saved))
            {
                used.Add(part.StateKey);
                lines.Add(part.RestoreState(saved));
            }
            else
            {
                lines.Add($"{part.StateKey}: not in the saved state, starts fresh");
            }
        }

        foreach (var key in parts.Keys.Where(key => !used.Contains(key)))
        {
            lines.Add($"{key}: saved state not used, because the configured execution venue has no such part (Execution:Adapter changed?)");
        }

        lastMatchedSecond = matchedSecond;
        return lines;
    }

    private IEnumerable<IPersistentState> PersistentParts()
    {
        if (venue is IPersistentState venueState)
        {
            yield return venueState;
        }

        if (observer is IPersistentState observerState && !ReferenceEquals(observer, venue))
        {
            yield return observerState;
        }
    }

    private static long SecondOf(Instant instant) => instant.ToUnixTimeSeconds();
}
