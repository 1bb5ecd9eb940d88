using System.Text.Json;
using Microsoft.Data.Sqlite;
using NodaTime;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Adapters.Sqlite;
using VixShield.Live.Adapters.Sqlite.Journal;
using VixShield.Live.Testing;
using VixShield.Live.Tests.Commands;
using VixShield.Live.Tests.Hosting;

namespace VixShield.Live.Tests.Reliability;

/// <summary>The state the daemon keeps on disk is damaged, foreign, unwritable or full. Refusals happen before the
/// host starts, so those runs are in process; runs that get going are real processes.</summary>
/// <remarks>Tests run as root in CI, where permissions stop nothing. An unwritable place is therefore made with what
/// stops root too: a regular file where a directory must be, a directory where a file must be, and the kernel's
/// <c>/dev/full</c>, whose every write fails with ENOSPC.</remarks>
public sealed class StateFaultTests : IDisposable
{
    private const string StateFile = "vixshield-state.db";
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);
    private readonly string directory = Directory.CreateTempSubdirectory("vixshield-state-faults-").FullName;

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public async Task Run_StateFileOfRandomBytes_RefusesToStartNamingItAndLeavesItByteIdentical(int seed, bool withSqliteHeader)
    {
        var dataDir = Path.Combine(directory, "random");
        Directory.CreateDirectory(dataDir);
        var bytes = new byte[3 * 4096];
        new Random(seed).NextBytes(bytes);
        if (withSqliteHeader)
        {
            "SQLite format 3\0"u8.CopyTo(bytes);
        }

        var path = Path.Combine(dataDir, StateFile);
        await File.WriteAllBytesAsync(path, bytes);

        var (exitCode, output, error) = await RunInProcessAsync(dataDir);

        Assert.Equal(2, exitCode);
        Assert.Contains($"error: State database '{path}'", error, StringComparison.Ordinal);
        Assert.Contains("left untouched", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task Run_StateFileOfAnotherApplication_RefusesNamingItsTablesAndLeavesItByteIdentical()
    {
        var dataDir = Path.Combine(directory, "foreign");
        Directory.CreateDirectory(dataDir);
        var path = Path.Combine(dataDir, StateFile);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('ada'), ('grace');";
            command.ExecuteNonQuery();
        }

        var before = await File.ReadAllBytesAsync(path);

        var (exitCode, _, error) = await RunInProcessAsync(dataDir);

        Assert.Equal(2, exitCode);
        Assert.Contains("belongs to another application", error, StringComparison.Ordinal);
        Assert.Contains("'customers'", error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task Run_OwnStateFileWithPagesOverwritten_RefusesAsCorruptAndLeavesItByteIdentical()
    {
        var dataDir = Path.Combine(directory, "damaged");
        using (var database = SqliteStateDatabase.Open(dataDir, new SqliteStateOptions(), TimeProvider.System))
        {
            var journal = new SqliteEventJournal(database);
            await journal.AppendAsync(
                [.. Enumerable.Range(0, 300).Select(i => new NewJournalEntry(JournalEntryKind.Decision, Instant.FromUtc(2026, 3, 2, 15, 0), $"decision-{i}", $$"""{"why":"{{new string('w', 200)}}"}"""))],
                CancellationToken.None);
        }

        var path = Path.Combine(dataDir, StateFile);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length > 8 * 4096, "the journal should span several pages");
        new Random(4).NextBytes(bytes.AsSpan(4 * 4096, 2 * 4096));
        await File.WriteAllBytesAsync(path, bytes);

        var (exitCode, _, error) = await RunInProcessAsync(dataDir);

        Assert.Equal(2, exitCode);
        Assert.Contains(path, error, StringComparison.Ordinal);
        Assert.True(error.Contains("is corrupt", StringComparison.Ordinal) || error.Contains("cannot be read as a database", StringComparison.Ordinal), error);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task Run_DirectoryWhereTheStateFileMustBe_RefusesNamingIt()
    {
        var dataDir = Path.Combine(directory, "dir-as-file");
        Directory.CreateDirectory(Path.Combine(dataDir, StateFile));

        var (exitCode, _, error) = await RunInProcessAsync(dataDir);

        Assert.Equal(2, exitCode);
        Assert.Contains($"error: State database '{Path.Combine(dataDir, StateFile)}'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data directory")]
    [InlineData("event log")]
    public async Task Run_FileWhereADirectoryMustBeOrTheReverse_RefusesWithOneLineNamingThePathAndExitTwo(string what)
    {
        var dataDir = Path.Combine(directory, "blocked-" + what.Replace(' ', '-'));
        string blocked;
        if (what == "data directory")
        {
            blocked = dataDir;
            await File.WriteAllTextAsync(dataDir, "not a directory");
        }
        else
        {
            blocked = Path.Combine(dataDir, "events.jsonl");
            Directory.CreateDirectory(blocked);
        }

        var (exitCode, _, error) = await RunInProcessAsync(dataDir);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains(blocked, error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_StateDatabaseReachesItsSizeLimit_StopsWithAClearErrorAndEveryLoggedAlertIsInTheJournal()
    {
        var dataDir = Path.Combine(directory, "full-db");
        using var daemon = DaemonProcess.Start(
            new Dictionary<string, string> { ["VIXSHIELD__State__MaximumFileSizeBytes"] = "524288" },
            "--speed", "max", "--duration", "1d", "--data-dir", dataDir, "--http-port", "0");

        var exitCode = await daemon.WaitForExitAsync(HangGuard);

        Assert.Equal(1, exitCode);
        Assert.Contains("the disk, or the configured maximum file size, is full", daemon.Error, StringComparison.Ordinal);
        var logged = EventLog(dataDir).Select(e => e.GetProperty("seq").GetInt64()).ToList();
        var journaled = StateJournal.Read(Path.Combine(dataDir, StateFile)).Select(a => a.Sequence).ToHashSet();
        Assert.NotEmpty(logged);
        Assert.All(logged, seq => Assert.Contains(seq, journaled));
        using var reopened = SqliteStateDatabase.Open(dataDir, new SqliteStateOptions(), TimeProvider.System);
        Assert.False(reopened.CreatedNew);
    }

    [Fact]
    public async Task Run_EventLogOnAFullDisk_StopsWithAnErrorNamingTheFileAndKeepsTheJournal()
    {
        Assert.True(File.Exists("/dev/full"), "/dev/full (writes fail with ENOSPC) is needed to fill a disk without filling one");
        var dataDir = Path.Combine(directory, "full-disk");
        using var daemon = DaemonProcess.Start(
            new Dictionary<string, string> { ["VIXSHIELD__Alerts__JsonlFile"] = "/dev/full" },
            "--speed", "max", "--duration", "1d", "--data-dir", dataDir, "--http-port", "0");

        var exitCode = await daemon.WaitForExitAsync(HangGuard);

        Assert.Equal(1, exitCode);
        Assert.Contains("No space left on device", daemon.Error, StringComparison.Ordinal);
        Assert.Contains("/dev/full", daemon.Error, StringComparison.Ordinal);
        Assert.NotEmpty(StateJournal.Read(Path.Combine(dataDir, StateFile)));
    }

    [Fact]
    public async Task Run_RestartedAfterTheEventLogDiskWasFull_EventLogHoldsEveryJournaledAlert()
    {
        var dataDir = Path.Combine(directory, "full-then-free");
        using (var full = DaemonProcess.Start(
            new Dictionary<string, string> { ["VIXSHIELD__Alerts__JsonlFile"] = "/dev/full" },
            "--speed", "max", "--duration", "1d", "--data-dir", dataDir, "--http-port", "0"))
        {
            Assert.Equal(1, await full.WaitForExitAsync(HangGuard));
        }

        using (var freed = DaemonProcess.Start("--speed", "max", "--duration", "1d", "--data-dir", dataDir, "--http-port", "0"))
        {
            Assert.True(await freed.WaitForExitAsync(HangGuard) == 0, freed.Error);
        }

        var logged = EventLog(dataDir).Select(e => e.GetProperty("seq").GetInt64()).ToList();
        var journaled = StateJournal.Read(Path.Combine(dataDir, StateFile)).Select(a => a.Sequence).ToList();
        Assert.Equal(journaled, logged);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static List<JsonElement> EventLog(string dataDir) =>
        File.ReadAllLines(Path.Combine(dataDir, "events.jsonl")).Select(line => JsonDocument.Parse(line).RootElement).ToList();

    private static Task<(int ExitCode, string Output, string Error)> RunInProcessAsync(string dataDir) =>
        CommandRunner.RunAsync("run", "--config", RepositoryPaths.Path("config", "appsettings.json"),
            "--speed", "max", "--duration", "1d", "--data-dir", dataDir, "--http-port", "0");
}
