using NodaTime;

namespace VixShield.Live.Abstractions.State;

/// <summary>An entry to append to the <see cref="IEventJournal"/>; the journal assigns its sequence.</summary>
/// <param name="EventTime">Market time the entry refers to.</param>
/// <param name="IdempotencyKey">Unique within <paramref name="Kind"/>: the ClientOrderId of an intent or acknowledgement,
/// the execution id of a fill, a deterministic id of a decision. Appending the same kind and key again writes nothing.</param>
/// <param name="Payload">The entry's content as JSON; serialise deterministically, because a repeated key is compared
/// with the stored payload text to tell a harmless replay from a conflicting reuse of the key.</param>
public sealed record NewJournalEntry(JournalEntryKind Kind, Instant EventTime, string IdempotencyKey, string Payload);
