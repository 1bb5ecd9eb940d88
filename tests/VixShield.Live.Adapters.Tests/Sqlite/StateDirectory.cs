using Microsoft.Data.Sqlite;
using NodaTime;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.Sqlite;

namespace VixShield.Live.Adapters.Tests.Sqlite;

/// <summary>A temporary data directory with helpers to open the state database in it and to tamper with files.</summary>
internal sealed class StateDirectory : IDisposable
{
    public StateDirectory()
    {
        Folder = Directory.CreateTempSubdirectory("vixshield-state-tests-").FullName;
    }

    public string Folder { get; }

    public ManualTimeProvider Clock { get; } = new(Instant.FromUtc(2026, 3, 2, 14, 30));

    public string DatabasePath => Path.Combine(Folder, SqliteStateDefaults.FileName);

    public SqliteStateDatabase Open(SqliteStateOptions? options = null) => SqliteStateDatabase.Open(Folder, options ?? new SqliteStateOptions(), Clock);

    /// <summary>Runs SQL on a file with a plain connection (to build foreign or damaged databases).</summary>
    public static void Execute(string path, string sql)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false };
        using var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        foreach (var entry in new DirectoryInfo(Folder).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            entry.Attributes = FileAttributes.Normal;
            if (!OperatingSystem.IsWindows())
            {
                entry.UnixFileMode |= UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            }
        }

        Directory.Delete(Folder, recursive: true);
    }
}
