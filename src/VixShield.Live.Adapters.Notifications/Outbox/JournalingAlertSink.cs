using VixShield.Live.Abstractions.Alerts;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Notifications.Outbox;

/// <summary>Writes each batch to the durable outbox first, then hands only the alerts that are new to the local sinks
/// and wakes the remote delivery workers: the journal decides what has already been said.</summary>
/// <remarks>After a crash the daemon rebuilds its state by replaying, which raises the same alerts again with the same
/// ids; the outbox reports them as duplicates, so neither the console, the JSON-lines log nor a webhook sees any alert
/// twice. An alert whose id matches a journaled one with different content is a fault (the journal is not this run's)
/// and stops the daemon.</remarks>
public sealed class JournalingAlertSink(IAlertOutbox outbox, IReadOnlyList<IAlertSink> localSinks, IReadOnlyList<OutboxDeliveryService> deliveries)
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
        for (var i = 0; i < outcomes.Count; i++)
        {
            switch (outcomes[i].Status)
            {
                case JournalAppendStatus.Appended:
                    fresh.Add(batch[i]);
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

        foreach (var sink in localSinks)
        {
            await sink.DeliverAsync(fresh, cancellationToken).ConfigureAwait(false);
        }

        foreach (var delivery in deliveries)
        {
            delivery.Notify();
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var sink in localSinks)
        {
            await sink.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
