using System.Globalization;
using Microsoft.Data.Sqlite;
using VixShield.Live.Abstractions.State;

namespace VixShield.Live.Adapters.Sqlite.Storage;

/// <summary>Decides, without writing a byte, whether an existing file is VixShield's state database, an empty one,
/// or something that must be left alone.</summary>
/// <remarks>The header is read with plain file I/O first, so random bytes never reach SQLite; the rest is read over a
/// read-only connection, which can neither roll back, checkpoint nor migrate the file.</remarks>
internal static class SqliteFileInspection
{
    private const string LeftUntouched = " The file was left untouched: move it aside, restore a backup or configure another file.";
    private static readonly byte[] Magic = "SQLite format 3\0"u8.ToArray();

    /// <returns>True when the file holds this build's schema; false when it is an empty SQLite database to initialise.</returns>
    public static bool Inspect(string path, bool verifyIntegrity)
    {
        CheckHeader(path);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            var applicationId = Convert.ToInt32(Scalar(connection, "PRAGMA application_id;"), CultureInfo.InvariantCulture);
            var tables = ReadTableNames(connection);
            if (applicationId == 0 && tables.Count == 0 && Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM sqlite_schema;"), CultureInfo.InvariantCulture) == 0)
            {
                return false;
            }

            if (applicationId != SqliteSchema.ApplicationId)
            {
                throw new StateStoreException(path,
                    $"belongs to another application: its SQLite application_id is {Hex(applicationId)}" +
                    $"{(tables.Count > 0 ? $" and it holds the tables {string.Join(", ", tables.Take(8).Select(name => $"'{name}'"))}" : string.Empty)}" +
                    $", while VixShield's state database has application_id {Hex(SqliteSchema.ApplicationId)} ('VXSL')." + LeftUntouched, null);
            }

            CheckSchema(path, connection, tables);
            if (verifyIntegrity)
            {
                CheckIntegrity(path, connection);
            }

            return true;
        }
        catch (SqliteException ex)
        {
            throw new StateStoreException(path, $"cannot be read as a database: {SqliteFailure.Describe(ex.SqliteErrorCode)} ({ex.Message})." + LeftUntouched, ex);
        }
    }

    private static void CheckHeader(string path)
    {
        var header = new byte[100];
        int read;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StateStoreException(path, $"cannot be read: {ex.Message}", ex);
        }

        if (read < header.Length || !header.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new StateStoreException(path,
                $"is not a SQLite database: it is {read}{(read < header.Length ? " (or fewer)" : string.Empty)} bytes long and starts with " +
                $"'{Convert.ToHexString(header, 0, Math.Min(read, Magic.Length))}' instead of the SQLite header 'SQLite format 3'." + LeftUntouched, null);
        }
    }

    private static void CheckSchema(string path, SqliteConnection connection, List<string> tables)
    {
        var missing = SqliteSchema.Tables.Where(table => !tables.Contains(table, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new StateStoreException(path,
                $"carries VixShield's application id but is damaged: the tables {string.Join(", ", missing.Select(name => $"'{name}'"))} are missing." + LeftUntouched, null);
        }

        var version = Scalar(connection, "SELECT max(version) FROM schema_version;");
        var schemaVersion = version is DBNull or null ? 0 : Convert.ToInt64(version, CultureInfo.InvariantCulture);
        if (schemaVersion > SqliteSchema.CurrentVersion)
        {
            throw new StateStoreException(path,
                $"was written by a newer VixShield (schema version {schemaVersion}; this build understands up to {SqliteSchema.CurrentVersion}). " +
                "Run the newer build, or restore a backup made by this one." + LeftUntouched, null);
        }

        if (schemaVersion < SqliteSchema.CurrentVersion)
        {
            throw new StateStoreException(path,
                $"has schema version {schemaVersion}, which this build (schema {SqliteSchema.CurrentVersion}) has no migration for." + LeftUntouched, null);
        }
    }

    private static void CheckIntegrity(string path, SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(5);";
        var problems = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                problems.Add(reader.GetString(0));
            }
        }

        if (problems is not ["ok"])
        {
            throw new StateStoreException(path, $"is corrupt: SQLite's integrity check reports {string.Join("; ", problems)}." + LeftUntouched, null);
        }
    }

    private static List<string> ReadTableNames(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static string Hex(int value) => "0x" + value.ToString("X8", CultureInfo.InvariantCulture);
}
