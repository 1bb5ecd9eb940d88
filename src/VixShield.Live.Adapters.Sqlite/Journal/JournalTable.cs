using Microsoft.Data.Sqlite;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Adapters.Sqlite.Storage;

namespace VixShield.Live.Adapters.Sqlite.Journal;

/// <summary>The SQL of the journal table, shared by the journal and the alert outbox (alerts are journal entries).</summary>
internal static class JournalTable
{
    public const string Columns = "sequence, kind, event_time, recorded_time, idempotency_key, payload";

    /// <summary>Inserts the rows in one transaction; the UNIQUE (kind, key) constraint turns repeats into no-ops.</summary>
    public static JournalAppendOutcome[] Append(SqliteConnection connection, IReadOnlyList<JournalRow> rows, string recordedTime)
    {
        var outcomes = new JournalAppendOutcome[rows.Count];
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO journal (kind, event_time, recorded_time, idempotency_key, payload)
            VALUES ($kind, $eventTime, $recordedTime, $key, $payload)
            ON CONFLICT (kind, idempotency_key) DO NOTHING
            RETURNING sequence;
            """;
        var kind = insert.Parameters.Add("$kind", SqliteType.Text);
        var eventTime = insert.Parameters.Add("$eventTime", SqliteType.Text);
        insert.Parameters.AddWithValue("$recordedTime", recordedTime);
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        var payload = insert.Parameters.Add("$payload", SqliteType.Text);
        using var existing = connection.CreateCommand();
        existing.Transaction = transaction;
        existing.CommandText = "SELECT sequence, payload FROM journal WHERE kind = $kind AND idempotency_key = $key;";
        var existingKind = existing.Parameters.Add("$kind", SqliteType.Text);
        var existingKey = existing.Parameters.Add("$key", SqliteType.Text);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            kind.Value = row.Kind;
            eventTime.Value = InstantText.Format(row.EventTime);
            key.Value = row.IdempotencyKey;
            payload.Value = row.Payload;
            if (insert.ExecuteScalar() is long sequence)
            {
                outcomes[i] = new JournalAppendOutcome(JournalAppendStatus.Appended, sequence);
                continue;
            }

            existingKind.Value = row.Kind;
            existingKey.Value = row.IdempotencyKey;
            using var reader = existing.ExecuteReader();
            reader.Read();
            var status = string.Equals(reader.GetString(1), row.Payload, StringComparison.Ordinal)
                ? JournalAppendStatus.Duplicate
                : JournalAppendStatus.Conflict;
            outcomes[i] = new JournalAppendOutcome(status, reader.GetInt64(0));
        }

        transaction.Commit();
        return outcomes;
    }

    public static JournalEntry Read(SqliteDataReader reader, string filePath)
    {
        var sequence = reader.GetInt64(0);
        return new JournalEntry(
            sequence,
            JournalKindNames.Parse(reader.GetString(1), sequence, filePath),
            InstantText.Parse(reader.GetString(2), filePath, "journal.event_time"),
            InstantText.Parse(reader.GetString(3), filePath, "journal.recorded_time"),
            reader.GetString(4),
            reader.GetString(5));
    }
}
