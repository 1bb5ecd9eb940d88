using NodaTime;
using VixShield.Live.Abstractions.Execution;
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

    private static long SecondOf(Instant instant) => instant.ToUnixTimeSeconds();
}
