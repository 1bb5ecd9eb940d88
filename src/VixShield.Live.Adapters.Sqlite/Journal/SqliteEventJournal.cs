using Microsoft.Data.Sqlite;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.Sqlite.Storage;

namespace VixShield.Live.Adapters.Sqlite.Journal;

/// <summary>The event journal in the <c>journal</c> table of the state database.</summary>
/// <remarks>Idempotency is the table's UNIQUE (kind, idempotency_key) constraint, so it holds across restarts and
/// processes, not only within this instance. A whole batch is one transaction.</remarks>
public sealed class SqliteEventJournal(SqliteStateDatabase database) : IEventJournal
{
    private readonly SqliteStateDatabase database = database ?? throw new ArgumentNullException(nameof(database));

    public Task<IReadOnlyList<JournalAppendOutcome>> AppendAsync(IReadOnlyList<NewJournalEntry> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var rows = new JournalRow[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            rows[i] = ToRow(batch[i], i);
        }

        if (rows.Length == 0)
        {
            return Task.FromResult<IReadOnlyList<JournalAppendOutcome>>([]);
        }

        var recordedTime = InstantText.Format(database.TimeProvider.GetCurrentInstant());
        return database.ExecuteAsync<IReadOnlyList<JournalAppendOutcome>>(
            "append to the journal", connection => JournalTable.Append(connection, rows, recordedTime), cancellationToken);
    }

    public Task<IReadOnlyList<JournalEntry>> ReadAsync(long fromSequence, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        return database.ExecuteAsync<IReadOnlyList<JournalEntry>>("read the journal", connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {JournalTable.Columns} FROM journal WHERE sequence >= $from ORDER BY sequence LIMIT $max;";
            command.Parameters.AddWithValue("$from", fromSequence);
            command.Parameters.AddWithValue("$max", maxCount);
            return ReadAll(command);
        }, cancellationToken);
    }

    public Task<JournalEntry?> FindAsync(JournalEntryKind kind, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        var kindText = JournalKindNames.ToText(kind);
        return database.ExecuteAsync("find a journal entry", connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {JournalTable.Columns} FROM journal WHERE kind = $kind AND idempotency_key = $key;";
            command.Parameters.AddWithValue("$kind", kindText);
            command.Parameters.AddWithValue("$key", idempotencyKey);
            var entries = ReadAll(command);
            return entries.Count == 0 ? null : entries[0];
        }, cancellationToken);
    }

    public Task<IReadOnlyList<JournalEntry>> ReadUnmatchedAsync(JournalEntryKind kind, JournalEntryKind matchedBy, CancellationToken cancellationToken)
    {
        var kindText = JournalKindNames.ToText(kind);
        var matchedByText = JournalKindNames.ToText(matchedBy);
        return database.ExecuteAsync<IReadOnlyList<JournalEntry>>("read unmatched journal entries", connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT {JournalTable.Columns} FROM journal AS opened
                WHERE opened.kind = $kind
                  AND NOT EXISTS (SELECT 1 FROM journal AS closing WHERE closing.kind = $matchedBy AND closing.idempotency_key = opened.idempotency_key)
                ORDER BY opened.sequence;
                """;
            command.Parameters.AddWithValue("$kind", kindText);
            command.Parameters.AddWithValue("$matchedBy", matchedByText);
            return ReadAll(command);
        }, cancellationToken);
    }

    public Task<long> GetLastSequenceAsync(CancellationToken cancellationToken) =>
        database.ExecuteAsync("read the journal's last sequence", connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT coalesce(max(sequence), 0) FROM journal;";
            return (long)command.ExecuteScalar()!;
        }, cancellationToken);

    private static JournalRow ToRow(NewJournalEntry entry, int index)
    {
        if (entry is null)
        {
            throw new ArgumentException($"journal batch entry {index} is null", "batch");
        }

        if (entry.Kind == JournalEntryKind.Alert)
        {
            throw new ArgumentException(
                $"journal batch entry {index} ('{entry.IdempotencyKey}') is an alert; alerts are journaled through IAlertOutbox.EnqueueAsync so they are also delivered",
                "batch");
        }

        if (string.IsNullOrWhiteSpace(entry.IdempotencyKey))
        {
            throw new ArgumentException(
                $"journal batch entry {index} ({entry.Kind} at {entry.EventTime}) has an empty idempotency key; use the ClientOrderId, execution id or another id that a replay reproduces",
                "batch");
        }

        if (entry.Payload is null || !JsonText.IsValid(entry.Payload))
        {
            throw new ArgumentException(
                $"journal batch entry {index} ({entry.Kind} '{entry.IdempotencyKey}') has a payload that is not valid JSON", "batch");
        }

        return new JournalRow(JournalKindNames.ToText(entry.Kind), entry.EventTime, entry.IdempotencyKey, entry.Payload);
    }

    private List<JournalEntry> ReadAll(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var entries = new List<JournalEntry>();
        while (reader.Read())
        {
            entries.Add(JournalTable.Read(reader, database.FilePath));
        }

        return entries;
    }
}
