using System.Globalization;
using Microsoft.Data.Sqlite;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.Sqlite.Storage;

namespace VixShield.Live.Adapters.Sqlite;

/// <summary>The one SQLite file that holds the journal, the alert outbox and the engine snapshot.</summary>
/// <remarks>
/// <para>Opening never overwrites or migrates a file it does not recognise: an existing file must carry VixShield's
/// application id and this build's schema version, or <see cref="Open"/> throws <see cref="StateStoreException"/>
/// naming the file and the problem. A missing or empty file is initialised.</para>
/// <para>Durability: WAL journaling with <c>synchronous=FULL</c> by default (see <see cref="SqliteDurability"/>); every
/// operation is one transaction. A lock file beside the database (<c>&lt;file&gt;.lock</c>) stops a second daemon
/// from writing the same state. All operations share one connection behind an async gate, so they are serialised in
/// call order; SQLite's calls are synchronous, which is why callers batch their appends.</para>
/// </remarks>
public sealed class SqliteStateDatabase : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly SqliteConnection connection;
    private readonly FileStream lockFile;
    private bool disposed;

    private SqliteStateDatabase(string path, SqliteConnection connection, FileStream lockFile, TimeProvider timeProvider, bool createdNew)
    {
        FilePath = path;
        this.connection = connection;
        this.lockFile = lockFile;
        TimeProvider = timeProvider;
        CreatedNew = createdNew;
    }

    /// <summary>The database file's full path.</summary>
    public string FilePath { get; }

    /// <summary>True when this open created (or initialised an empty) file; false when it resumed existing state.</summary>
    public bool CreatedNew { get; }

    public int SchemaVersion => SqliteSchema.CurrentVersion;

    internal TimeProvider TimeProvider { get; }

    /// <summary>Opens (or creates) <c>options.FileName</c> inside <paramref name="dataDirectory"/>, creating the directory when missing.</summary>
    /// <exception cref="StateStoreException">The file is corrupt, foreign, newer, read-only, locked by another process,
    /// or the directory cannot be created; an existing file is left untouched.</exception>
    public static SqliteStateDatabase Open(string dataDirectory, SqliteStateOptions options, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        options.Validate();
        var path = Path.GetFullPath(Path.Combine(dataDirectory, options.FileName));
        CreateDirectory(path);
        var lockFile = AcquireLock(path);
        try
        {
            var existing = new FileInfo(path) is { Exists: true, Length: > 0 } && SqliteFileInspection.Inspect(path, options.VerifyIntegrityOnOpen);
            var connection = Connect(path, options);
            try
            {
                if (!existing)
                {
                    SqliteSchema.Create(connection, InstantText.Format(timeProvider.GetCurrentInstant()));
                }

                return new SqliteStateDatabase(path, connection, lockFile, timeProvider, createdNew: !existing);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }
        catch (SqliteException ex)
        {
            lockFile.Dispose();
            throw SqliteFailure.Wrap(path, "open the state database", ex);
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        gate.Wait();
        try
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            connection.Dispose();
            lockFile.Dispose();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> alone on the connection; SQLite failures become <see cref="StateStoreException"/>.</summary>
    internal async Task<T> ExecuteAsync<T>(string operation, Func<SqliteConnection, T> work, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return Run(operation, work);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The synchronous form of <see cref="ExecuteAsync{T}"/>, for constructors that must finish before anything runs.</summary>
    internal T Execute<T>(string operation, Func<SqliteConnection, T> work)
    {
        gate.Wait();
        try
        {
            return Run(operation, work);
        }
        finally
        {
            gate.Release();
        }
    }

    private T Run<T>(string operation, Func<SqliteConnection, T> work)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        try
        {
            return work(connection);
        }
        catch (SqliteException ex)
        {
            throw SqliteFailure.Wrap(FilePath, operation, ex);
        }
    }

    private static void CreateDirectory(string path)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StateStoreException(path, $"its directory cannot be created: {ex.Message}", ex);
        }
    }

    private static FileStream AcquireLock(string path)
    {
        var lockPath = path + ".lock";
        try
        {
            // FileShare.None takes an exclusive advisory lock (flock on Unix), released by the OS if the process dies.
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new StateStoreException(path, $"the lock file '{lockPath}' cannot be created: the directory is not writable ({ex.Message})", ex);
        }
        catch (IOException ex)
        {
            throw new StateStoreException(path, $"is in use by another VixShield process (the lock file '{lockPath}' is held: {ex.Message})", ex);
        }
    }

    private static SqliteConnection Connect(string path, SqliteStateOptions options)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            if (SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
            {
                throw new StateStoreException(path, "is read-only: the daemon must be able to write the file and create its -wal and -shm files beside it", null);
            }

            var journalMode = Scalar(connection, "PRAGMA journal_mode = WAL;");
            if (!string.Equals(journalMode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new StateStoreException(path, $"cannot use write-ahead logging (journal mode stayed '{journalMode}'); the file system may not support it", null);
            }

            var synchronous = options.Durability == SqliteDurability.Full ? "FULL" : "NORMAL";
            Scalar(connection, $"PRAGMA synchronous = {synchronous};");
            Scalar(connection, $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds};");
            if (options.MaximumFileSizeBytes is { } maximumBytes)
            {
                var pageSize = long.Parse(Scalar(connection, "PRAGMA page_size;"), CultureInfo.InvariantCulture);
                Scalar(connection, $"PRAGMA max_page_count = {Math.Max(1, maximumBytes / pageSize)};");
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
