using VixShield.Live.Abstractions.State;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.Sqlite.Journal;
using VixShield.Live.Adapters.Sqlite.Storage;

namespace VixShield.Live.Adapters.Sqlite.Snapshots;

/// <summary>The engine snapshot in the single-row <c>state_snapshot</c> table of the state database.</summary>
/// <remarks>A save is one upsert in one transaction, so the row is always a whole old or a whole new snapshot. The
/// watermark check runs inside that transaction: two writers cannot move it backwards between check and write.</remarks>
public sealed class SqliteStateStore(SqliteStateDatabase database) : IStateStore
{
    private readonly SqliteStateDatabase database = database ?? throw new ArgumentNullException(nameof(database));

    public Task<StateSnapshot?> LoadAsync(CancellationToken cancellationToken) =>
        database.ExecuteAsync("load the engine snapshot", connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT format_version, watermark, market_time, payload FROM state_snapshot WHERE slot = 1;";
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? new StateSnapshot(
                    reader.GetInt32(0),
                    reader.GetInt64(1),
                    InstantText.Parse(reader.GetString(2), database.FilePath, "state_snapshot.market_time"),
                    reader.GetString(3))
                : null;
        }, cancellationToken);

    public Task SaveAsync(StateSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.FormatVersion < 1)
        {
            throw new ArgumentException($"snapshot format version is {snapshot.FormatVersion}; it must be 1 or more", nameof(snapshot));
        }

        if (snapshot.Watermark < 0)
        {
            throw new ArgumentException($"snapshot watermark is {snapshot.Watermark}; it must be 0 or more", nameof(snapshot));
        }

        if (snapshot.Payload is null || !JsonText.IsValid(snapshot.Payload))
        {
            throw new ArgumentException("snapshot payload is not valid JSON", nameof(snapshot));
        }

        var savedTime = InstantText.Format(database.TimeProvider.GetCurrentInstant());
        return database.ExecuteAsync("save the engine snapshot", connection =>
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT watermark FROM state_snapshot WHERE slot = 1;";
            if (command.ExecuteScalar() is long stored && snapshot.Watermark < stored)
            {
                throw new InvalidOperationException(
                    $"snapshot watermark {snapshot.Watermark} is below the stored watermark {stored}; processing never goes back, so this save was refused");
            }

            command.CommandText = """
                INSERT INTO state_snapshot (slot, format_version, watermark, market_time, saved_time, payload)
                VALUES (1, $format, $watermark, $marketTime, $savedTime, $payload)
                ON CONFLICT (slot) DO UPDATE SET format_version = excluded.format_version, watermark = excluded.watermark,
                    market_time = excluded.market_time, saved_time = excluded.saved_time, payload = excluded.payload;
                """;
            command.Parameters.AddWithValue("$format", snapshot.FormatVersion);
            command.Parameters.AddWithValue("$watermark", snapshot.Watermark);
            command.Parameters.AddWithValue("$marketTime", InstantText.Format(snapshot.MarketTime));
            command.Parameters.AddWithValue("$savedTime", savedTime);
            command.Parameters.AddWithValue("$payload", snapshot.Payload);
            command.ExecuteNonQuery();
            transaction.Commit();
            return true;
        }, cancellationToken);
    }
}
