using NodaTime;

namespace VixShield.Live.Adapters.Sqlite.Journal;

/// <summary>A row to insert into the journal table, kind already in its stored form.</summary>
internal readonly record struct JournalRow(string Kind, Instant EventTime, string IdempotencyKey, string Payload);
