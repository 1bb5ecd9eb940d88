using NodaTime;

namespace VixShield.Live.Abstractions.State;

/// <summary>An entry as stored in the <see cref="IEventJournal"/>.</summary>
/// <param name="Sequence">Position in the journal: increasing in append order, never reused.</param>
/// <param name="EventTime">Market time the entry refers to.</param>
/// <param name="RecordedTime">When the journal stored it, from the journal's time provider.</param>
/// <param name="IdempotencyKey">Unique within <paramref name="Kind"/>.</param>
/// <param name="Payload">The entry's JSON content, exactly as appended.</param>
public sealed record JournalEntry(
    long Sequence,
    JournalEntryKind Kind,
    Instant EventTime,
    Instant RecordedTime,
    string IdempotencyKey,
    string Payload);
