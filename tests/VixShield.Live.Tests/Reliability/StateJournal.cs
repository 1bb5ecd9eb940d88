using Microsoft.Data.Sqlite;

namespace VixShield.Live.Tests.Reliability;

/// <summary>Reads the alerts of a stopped daemon's state database directly, read-only, as an operator's sqlite3 would.</summary>
internal static class StateJournal
{
    public static IReadOnlyList<JournaledAlert> Read(string databasePath)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT sequence, json_extract(payload, '$.seq'), json_extract(payload, '$.type'), idempotency_key, payload
            FROM journal WHERE kind = 'alert' ORDER BY sequence;
            """;
        using var reader = command.ExecuteReader();
        var alerts = new List<JournaledAlert>();
        while (reader.Read())
        {
            alerts.Add(new JournaledAlert(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }

        return alerts;
    }

    /// <summary>The delivery position of <paramref name="destination"/>: every alert journaled up to it was accepted there.</summary>
    public static long DeliveredThrough(string databasePath, string destination)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT delivered_through FROM outbox_position WHERE destination = $destination;";
        command.Parameters.AddWithValue("$destination", destination);
        return command.ExecuteScalar() is long position ? position : -1;
    }
}
