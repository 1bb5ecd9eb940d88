namespace VixShield.Live.Abstractions.State;

/// <summary>The journal seam: an append-only, durable record of what the daemon saw, decided and did.</summary>
/// <remarks>
/// Write-ahead (outbox) use: append the <see cref="JournalEntryKind.OrderIntent"/> before sending the order, and the
/// <see cref="JournalEntryKind.OrderAcknowledgement"/> with the same key when the venue answers. After a crash,
/// <see cref="ReadUnmatchedAsync"/> lists the intents still waiting for an answer, oldest first, so start-up can
/// reconcile them with the venue instead of sending them again. Entries are never changed or removed.
/// </remarks>
public interface IEventJournal
{
    /// <summary>Appends <paramref name="batch"/> atomically: after a crash either every new entry is stored or none is.</summary>
    /// <returns>One outcome per entry, in batch order. Repeated kind and key (also within the batch) write nothing.</returns>
    /// <exception cref="ArgumentException">An entry has an empty key, a payload that is not JSON, or the kind
    /// <see cref="JournalEntryKind.Alert"/> (alerts go through <see cref="IAlertOutbox"/>).</exception>
    /// <exception cref="StateStoreException">The store cannot write (read-only, disk full, corrupt); nothing was written.</exception>
    Task<IReadOnlyList<JournalAppendOutcome>> AppendAsync(IReadOnlyList<NewJournalEntry> batch, CancellationToken cancellationToken);

    /// <summary>Reads up to <paramref name="maxCount"/> entries with a sequence of at least <paramref name="fromSequence"/>, in order.</summary>
    Task<IReadOnlyList<JournalEntry>> ReadAsync(long fromSequence, int maxCount, CancellationToken cancellationToken);

    /// <summary>The stored entry of this kind and key, or null.</summary>
    Task<JournalEntry?> FindAsync(JournalEntryKind kind, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Entries of <paramref name="kind"/> for which no entry of <paramref name="matchedBy"/> has the same key,
    /// oldest first: for example intents without an acknowledgement.</summary>
    Task<IReadOnlyList<JournalEntry>> ReadUnmatchedAsync(JournalEntryKind kind, JournalEntryKind matchedBy, CancellationToken cancellationToken);

    /// <summary>The sequence of the last stored entry, or 0 when the journal is empty.</summary>
    Task<long> GetLastSequenceAsync(CancellationToken cancellationToken);
}
