using System.Globalization;
using System.Runtime.Versioning;
using NodaTime;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Adapters.Sqlite;
using VixShield.Live.Adapters.Sqlite.Journal;
using VixShield.Live.Adapters.Sqlite.Snapshots;

namespace VixShield.Live.Adapters.Tests.Sqlite;

public sealed class SqliteStateDatabaseTests : IDisposable
{
    private readonly StateDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Open_MissingFileAndDirectory_CreatesThemInWalModeWithApplicationIdAndSchemaVersion()
    {
        var dataDirectory = Path.Combine(directory.Folder, "nested", "data");

        using (var sut = SqliteStateDatabase.Open(dataDirectory, new SqliteStateOptions(), directory.Clock))
        {
            Assert.True(sut.CreatedNew);
            Assert.Equal(Path.Combine(dataDirectory, SqliteStateDefaults.FileName), sut.FilePath);
        }

        var path = Path.Combine(dataDirectory, SqliteStateDefaults.FileName);
        var header = File.ReadAllBytes(path).AsSpan(0, 100).ToArray();
        Assert.Equal("SQLite format 3\0", System.Text.Encoding.ASCII.GetString(header, 0, 16));
        Assert.Equal("VXSL", System.Text.Encoding.ASCII.GetString(header, 68, 4));
        Assert.Equal(2, header[18]); // file format version 2 = WAL
        Assert.Equal("1", Query(path, "SELECT max(version) FROM schema_version;"));
    }

    [Fact]
    public async Task Open_AfterDispose_ResumesEverythingWithoutCreatingAgain()
    {
        using (var first = directory.Open())
        {
            await new SqliteEventJournal(first).AppendAsync(
                [new NewJournalEntry(JournalEntryKind.Decision, Instant.FromUtc(2026, 3, 2, 15, 0), "d-1", """{"open":true}""")], CancellationToken.None);
            await new SqliteStateStore(first).SaveAsync(new StateSnapshot(1, 7, Instant.FromUtc(2026, 3, 2, 15, 0), """{"layers":[]}"""), CancellationToken.None);
        }

        using var sut = directory.Open();

        Assert.False(sut.CreatedNew);
        var entries = await new SqliteEventJournal(sut).ReadAsync(0, 10, CancellationToken.None);
        Assert.Equal("d-1", Assert.Single(entries).IdempotencyKey);
        Assert.Equal(7, (await new SqliteStateStore(sut).LoadAsync(CancellationToken.None))!.Watermark);
    }

    [Fact]
    public async Task Open_FilesAsACrashLeavesThem_RecoversEveryCommittedEntry()
    {
        var crashed = Path.Combine(directory.Folder, "crashed");
        Directory.CreateDirectory(crashed);
        using (var running = directory.Open())
        {
            var journal = new SqliteEventJournal(running);
            await journal.AppendAsync([new NewJournalEntry(JournalEntryKind.OrderIntent, Instant.FromUtc(2026, 3, 2, 15, 0), "C-1", "{}")], CancellationToken.None);
            await journal.AppendAsync([new NewJournalEntry(JournalEntryKind.OrderIntent, Instant.FromUtc(2026, 3, 2, 15, 1), "C-2", "{}")], CancellationToken.None);

            // Copying the files while the connection is open captures what a SIGKILL would leave: the main file
            // plus a write-ahead log holding the commits not yet checkpointed.
            Assert.True(new FileInfo(directory.DatabasePath + "-wal").Length > 0);
            File.Copy(directory.DatabasePath, Path.Combine(crashed, SqliteStateDefaults.FileName));
            File.Copy(directory.DatabasePath + "-wal", Path.Combine(crashed, SqliteStateDefaults.FileName + "-wal"));
        }

        using var sut = SqliteStateDatabase.Open(crashed, new SqliteStateOptions(), directory.Clock);

        Assert.False(sut.CreatedNew);
        var open = await new SqliteEventJournal(sut).ReadUnmatchedAsync(JournalEntryKind.OrderIntent, JournalEntryKind.OrderAcknowledgement, CancellationToken.None);
        Assert.Equal(["C-1", "C-2"], open.Select(entry => entry.IdempotencyKey));
    }

    [Fact]
    public void Open_RandomBytes_ThrowsNamingFileAndLeavesItUntouched()
    {
        var bytes = new byte[8192];
        new Random(8).NextBytes(bytes);
        File.WriteAllBytes(directory.DatabasePath, bytes);

        var error = Assert.Throws<StateStoreException>(() => directory.Open());

        Assert.Equal(directory.DatabasePath, error.FilePath);
        Assert.Contains(directory.DatabasePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("is not a SQLite database", error.Message, StringComparison.Ordinal);
        Assert.Contains("left untouched", error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(directory.DatabasePath));
        Assert.False(File.Exists(directory.DatabasePath + "-wal"));
    }

    [Fact]
    public void Open_TruncatedTextFile_ThrowsNotADatabase()
    {
        File.WriteAllText(directory.DatabasePath, "hello");

        var error = Assert.Throws<StateStoreException>(() => directory.Open());

        Assert.Contains("is not a SQLite database: it is 5 (or fewer) bytes long", error.Message, StringComparison.Ordinal);
        Assert.Equal("hello", File.ReadAllText(directory.DatabasePath));
    }

    [Fact]
    public void Open_SqliteFileOfAnotherApplication_ThrowsNamingItsApplicationIdAndTablesAndLeavesItUntouched()
    {
        StateDirectory.Execute(directory.DatabasePath,
            "PRAGMA application_id = 1234; CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, 'Ada');");
        var before = File.ReadAllBytes(directory.DatabasePath);

        var error = Assert.Throws<StateStoreException>(() => directory.Open());

        Assert.Contains("belongs to another application", error.Message, StringComparison.Ordinal);
        Assert.Contains("0x000004D2", error.Message, StringComparison.Ordinal);
        Assert.Contains("'customers'", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(directory.DatabasePath));
    }

    [Fact]
    public void Open_SqliteFileWithoutApplicationIdButWithTables_ThrowsForeign()
    {
        StateDirectory.Execute(directory.DatabasePath, "CREATE TABLE journal (x INTEGER);");
        var before = File.ReadAllBytes(directory.DatabasePath);

        var error = Assert.Throws<StateStoreException>(() => directory.Open());

        Assert.Contains("application_id is 0x00000000", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(directory.DatabasePath));
    }

    [Fact]
    public void Open_EmptySqliteDatabase_InitialisesIt()
    {
        StateDirectory.Execute(directory.DatabasePath, "PRAGMA user_version = 0; VACUUM;");
        Assert.True(new FileInfo(directory.DatabasePath).Length > 0);

        using var sut = directory.Open();

        Assert.True(sut.CreatedNew);
    }

    [Fact]
    public void Open_SchemaFromNewerBuild_ThrowsWithoutMigrating()
    {
        using (directory.Open())
        {
        }

        StateDirectory.Execute(directory.DatabasePath, "INSERT INTO schema_version VALUES (2, '2027-01-01', 'future');");
        var before = File.ReadAllBytes(directory.DatabasePath);

        var error = Assert.Throws<StateStoreException>(() => directory.Open());

        Assert.Contains("written by a newer VixShield (schema version 2; this build understands up to 1)", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(directory.DatabasePath));
    }

    [Fact]
    public void Open_OurApplicationIdWithTablesMissing_ThrowsDamaged()
    {
        StateDirectory.Execute(directory.DatabasePath, $"PRAGMA application_id = {0x5658534C}; CREATE TABLE schema_version (version INTEGER);");

        var error = Assert.Throws<StateStoreException>(() => directory.Open());

        Assert.Contains("is damaged: the tables 'journal', 'outbox_position', 'state_snapshot' are missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_PagesOverwrittenWithGarbage_ThrowsCorruptAndLeavesFileUntouched()
    {
        using (var database = directory.Open())
        {
            var journal = new SqliteEventJournal(database);
            var batch = Enumerable.Range(0, 200)
                .Select(i => new NewJournalEntry(JournalEntryKind.Decision, Instant.FromUtc(2026, 3, 2, 15, 0), $"d-{i}", $$"""{"filler":"{{new string('x', 200)}}"}"""))
                .ToList();
            await journal.AppendAsync(batch, CancellationToken.None);
        }

        var bytes = File.ReadAllBytes(directory.DatabasePath);
        Assert.True(bytes.Length > 5 * 4096, "the journal should span several pages");
        new Random(3).NextBytes(bytes.AsSpan(3 * 4096, 4096));
        File.WriteAllBytes(directory.DatabasePath, bytes);

        var error = Assert.Throws<StateStoreException>(() => directory.Open());

        Assert.Contains(directory.DatabasePath, error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Contains("is corrupt", StringComparison.Ordinal) || error.Message.Contains("cannot be read as a database", StringComparison.Ordinal), error.Message);
        Assert.Equal(bytes, File.ReadAllBytes(directory.DatabasePath));
    }

    [Fact]
    public void Open_WhileAnotherInstanceHoldsTheFile_ThrowsInUse()
    {
        using var first = directory.Open();

        var error = Assert.Throws<StateStoreException>(() => directory.Open());

        Assert.Contains("is in use by another VixShield process", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_DataDirectoryPathRunsThroughAFile_ThrowsNamingTheFile()
    {
        var blocker = Path.Combine(directory.Folder, "not-a-directory");
        File.WriteAllText(blocker, "x");

        var error = Assert.Throws<StateStoreException>(() => SqliteStateDatabase.Open(Path.Combine(blocker, "data"), new SqliteStateOptions(), directory.Clock));

        Assert.Contains("its directory cannot be created", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(blocker, "data", SqliteStateDefaults.FileName), error.Message, StringComparison.Ordinal);
    }

    [FilePermissionsFact]
    [UnsupportedOSPlatform("windows")]
    public void Open_ReadOnlyFile_ThrowsReadOnlyAndLeavesItUntouched()
    {
        using (directory.Open())
        {
        }

        var before = File.ReadAllBytes(directory.DatabasePath);
        File.SetUnixFileMode(directory.DatabasePath, UnixFileMode.UserRead);

        var error = Assert.Throws<StateStoreException>(() => directory.Open());

        Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(directory.DatabasePath));
    }

    [FilePermissionsFact]
    [UnsupportedOSPlatform("windows")]
    public void Open_ReadOnlyDirectory_ThrowsNamingTheLockFile()
    {
        using (directory.Open())
        {
        }

        File.Delete(directory.DatabasePath + ".lock");
        File.SetUnixFileMode(directory.Folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        var error = Assert.Throws<StateStoreException>(() => directory.Open());

        Assert.Contains("the directory is not writable", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "FileName")]
    [InlineData("sub/state.db", "FileName")]
    public void Open_InvalidFileName_ThrowsNamingSetting(string fileName, string setting)
    {
        var error = Assert.Throws<ArgumentException>(() => directory.Open(new SqliteStateOptions { FileName = fileName }));

        Assert.Contains($"State:{setting} is '{fileName}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_BusyTimeoutOutOfRange_ThrowsNamingValueAndRange()
    {
        var error = Assert.Throws<ArgumentException>(() => directory.Open(new SqliteStateOptions { BusyTimeout = TimeSpan.Zero }));

        Assert.Contains("State:BusyTimeout is '00:00:00'; allowed: a duration from 00:00:00.001 to 00:10:00", error.Message, StringComparison.Ordinal);
    }

    private static string Query(string path, string sql)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = Microsoft.Data.Sqlite.SqliteOpenMode.ReadOnly };
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(builder.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture)!;
    }
}
