using Microsoft.Data.Sqlite;

namespace VixShield.Live.Adapters.Sqlite.Storage;

/// <summary>The database layout this build reads and writes, identified by an application id and a schema version.</summary>
/// <remarks>
/// The application id marks the file as VixShield's, so a file from anything else is refused instead of written to.
/// Versions above <see cref="CurrentVersion"/> are refused (written by a newer build); a future version adds a
/// migration step per version here, each in its own transaction with its row in <c>schema_version</c>.
/// </remarks>
internal static class SqliteSchema
{
    /// <summary>ASCII "VXSL" read as a big-endian integer, as SQLite stores it at offset 68 of the header.</summary>
    public const int ApplicationId = 0x5658534C;

    public const int CurrentVersion = 1;

    public static readonly string[] Tables = ["schema_version", "journal", "outbox_position", "state_snapshot"];

    private const string CreateVersion1 = """
        CREATE TABLE schema_version (
            version INTEGER PRIMARY KEY,
            applied_time TEXT NOT NULL,
            description TEXT NOT NULL
        ) STRICT;
        CREATE TABLE journal (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            event_time TEXT NOT NULL,
            recorded_time TEXT NOT NULL,
            idempotency_key TEXT NOT NULL CHECK (length(idempotency_key) > 0),
            payload TEXT NOT NULL CHECK (json_valid(payload)),
            UNIQUE (kind, idempotency_key)
        ) STRICT;
        CREATE INDEX journal_by_kind ON journal (kind, sequence);
        CREATE TABLE outbox_position (
            destination TEXT PRIMARY KEY,
            delivered_through INTEGER NOT NULL CHECK (delivered_through >= 0),
            updated_time TEXT NOT NULL
        ) STRICT;
        CREATE TABLE state_snapshot (
            slot INTEGER PRIMARY KEY CHECK (slot = 1),
            format_version INTEGER NOT NULL CHECK (format_version >= 1),
            watermark INTEGER NOT NULL CHECK (watermark >= 0),
            market_time TEXT NOT NULL,
            saved_time TEXT NOT NULL,
            payload TEXT NOT NULL CHECK (json_valid(payload))
        ) STRICT;
        """;

    /// <summary>Creates every table and stamps the application id and version in one transaction, so a crash
    /// part-way leaves an empty file that the next start initialises again.</summary>
    public static void Create(SqliteConnection connection, string appliedTime)
    {
        using var transaction = connection.BeginTransaction();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = CreateVersion1 + $"PRAGMA application_id = {ApplicationId};";
            command.ExecuteNonQuery();
            command.CommandText = "INSERT INTO schema_version (version, applied_time, description) VALUES ($version, $time, $description);";
            command.Parameters.AddWithValue("$version", CurrentVersion);
            command.Parameters.AddWithValue("$time", appliedTime);
            command.Parameters.AddWithValue("$description", "journal, alert outbox positions, engine snapshot");
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
