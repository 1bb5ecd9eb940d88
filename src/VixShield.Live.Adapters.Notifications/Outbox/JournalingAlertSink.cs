using VixShield.Live.Abstractions.Alerts;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Notifications.Outbox;

/// <summary>Writes each batch to the durable outbox first, wakes the remote delivery workers, then writes the alerts
/// that are new to the event log (marked delivered there once written) and to the ephemeral local sinks: the journal
/// decides what has already been said.</summary>
/// <remarks>
/// <para>After a crash the daemon rebuilds its state by replaying, which raises the same alerts again with the same
/// ids; the outbox reports them as duplicates, so neither the console, the JSON-lines log nor a webhook sees any alert
/// twice. An alert whose id matches a journaled one with different content is a fault (the journal is not this run's)
/// and stops the daemon.</para>
/// <para>The event log and the remote destinations have positions in the outbox, so what a crash or a failed write
/// kept from them is delivered after the restart (<see cref="EventLogDelivery"/>). The console and the dashboard's
/// ring are ephemeral: they show what this process journaled, and a batch lost to a crash is not shown again.</para>
/// </remarks>
public sealed class JournalingAlertSink(
    IAlertOutbox outbox, EventLogDelivery? eventLog, IReadOnlyList<IAlertSink> ephemeralSinks, IReadOnlyList<OutboxDeliveryService> deliveries)
    : IAlertSink
{
    public string Name => "journal";

    /// <summary>Alerts recorded for the first time by this process.</summary>
    public long Fresh { get; private set; }

    /// <summary>Alerts found already journaled (replayed after a restart) and not repeated.</summary>
    public long Repeated { get; private set; }

    public async Task DeliverAsync(IReadOnlyList<Alert> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var outcomes = await outbox.EnqueueAsync(batch, cancellationToken).ConfigureAwait(false);
        var fresh = new List<Alert>(batch.Count);
        var lastFreshSequence = 0L;
        for (var i = 0; i < outcomes.Count; i++)
        {
            switch (outcomes[i].Status)
            {
                case JournalAppendStatus.Appended:
                    fresh.Add(batch[i]);
                    lastFreshSequence = outcomes[i].Sequence;
                    break;
                case JournalAppendStatus.Conflict:
                    throw new InvalidOperationException(
                        $"alert {batch[i].Sequence} ({batch[i].Type}) clashes with journal entry {outcomes[i].Sequence}: same id, different content");
                default:
                    Repeated++;
                    break;
            }
        }

        Fresh += fresh.Count;
        if (fresh.Count == 0)
        {
            return;
        }

        // The remote workers read the outbox, so they can start at once; a local write that fails does not hold them.
        foreach (var delivery in deliveries)
        {
            delivery.Notify();
        }

        if (eventLog is not null)
        {
            await eventLog.WriteAsync(fresh, lastFreshSequence, cancellationToken).ConfigureAwait(false);
        }

        foreach (var sink in ephemeralSinks)
        {
            await sink.DeliverAsync(fresh, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (eventLog is not null)
        {
            await eventLog.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var sink in ephemeralSinks)
        {
            await sink.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
