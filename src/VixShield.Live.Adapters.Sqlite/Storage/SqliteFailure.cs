using Microsoft.Data.Sqlite;
using VixShield.Live.Abstractions.State;

namespace VixShield.Live.Adapters.Sqlite.Storage;

/// <summary>Turns SQLite's result codes into errors that say what is wrong with the file in operator terms.</summary>
internal static class SqliteFailure
{
    public static StateStoreException Wrap(string filePath, string operation, SqliteException exception) =>
        new(filePath, $"cannot {operation}: {Describe(exception.SqliteErrorCode)} ({exception.Message}). Nothing of this operation was stored.", exception);

    public static string Describe(int errorCode) => (errorCode & 0xFF) switch
    {
        3 or 23 => "permission denied",
        5 or 6 => "the database stayed locked by another connection for longer than the busy timeout",
        8 => "the file is read-only (check the permissions of the file and of its directory)",
        10 => "the operating system reported an I/O error",
        11 or 26 => "the file is corrupt or not a database",
        13 => "the disk, or the configured maximum file size, is full",
        14 => "the file cannot be opened (missing directory or permissions)",
        19 => "a constraint of the schema was violated",
        _ => $"SQLite result code {errorCode}",
    };
}
