using VixShield.Live.Abstractions.Alerts;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Notifications.Outbox;

/// <summary>The alert pump's durable sink: stores each batch in the outbox and wakes the delivery workers.</summary>
/// <remarks>This is the only thing the pump waits for (a local transaction), so the remote endpoints' health never
/// reaches the decision loop. When the store cannot write, this sink throws and the pump stops the host: an alert
/// that cannot be recorded must not be silently skipped.</remarks>
public sealed class OutboxAlertSink(IAlertOutbox outbox, IReadOnlyList<OutboxDeliveryService> deliveries) : IAlertSink
{
    private readonly IAlertOutbox outbox = outbox ?? throw new ArgumentNullException(nameof(outbox));
    private readonly IReadOnlyList<OutboxDeliveryService> deliveries = deliveries ?? throw new ArgumentNullException(nameof(deliveries));

    public string Name => "outbox";

    /// <summary>Alerts stored as new by this sink (duplicates from a replay are not counted).</summary>
    public long Enqueued { get; private set; }

    public async Task DeliverAsync(IReadOnlyList<Alert> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return;
        }

        var outcomes = await outbox.EnqueueAsync(batch, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i].Status == JournalAppendStatus.Conflict)
            {
                throw new InvalidOperationException(
                    $"alert {batch[i].Sequence} ({batch[i].Type}) clashes with journal entry {outcomes[i].Sequence}: same id, different content");
            }

            if (outcomes[i].IsAppended)
            {
                Enqueued++;
            }
        }

        foreach (var delivery in deliveries)
        {
            delivery.Notify();
        }
    }

    /// <summary>Nothing to flush: every batch was committed before <see cref="DeliverAsync"/> returned.</summary>
    public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
