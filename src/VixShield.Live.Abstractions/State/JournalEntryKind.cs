namespace VixShield.Live.Abstractions.State;

/// <summary>What a journal entry records; with the idempotency key it names the entry uniquely.</summary>
public enum JournalEntryKind : byte
{
    /// <summary>An inbound event the engine acted on (kept when replay after a crash needs it).</summary>
    InboundEvent = 1,

    /// <summary>A decision with its reason and the signal values behind it.</summary>
    Decision = 2,

    /// <summary>An order about to be sent, keyed by its ClientOrderId, written before the send (outbox).</summary>
    OrderIntent = 3,

    /// <summary>The venue's answer to an order intent (accepted or rejected), keyed by the same ClientOrderId.</summary>
    OrderAcknowledgement = 4,

    /// <summary>An execution, keyed by the venue's execution id.</summary>
    Fill = 5,

    /// <summary>An alert, written only through <see cref="IAlertOutbox"/> so that it is also queued for delivery.</summary>
    Alert = 6,
}
