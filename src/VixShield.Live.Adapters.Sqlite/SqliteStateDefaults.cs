namespace VixShield.Live.Adapters.Sqlite;

/// <summary>Default values of <see cref="SqliteStateOptions"/>.</summary>
public static class SqliteStateDefaults
{
    public const string FileName = "vixshield-state.db";

    /// <summary>Long enough to ride out an operator's <c>sqlite3</c> session or a checkpoint; short enough to fail
    /// visibly when another process holds the file for good.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(5);

    public const SqliteDurability Durability = SqliteDurability.Full;

    /// <summary>A quick check reads every page once at start (about a second per gigabyte): corruption found at start is
    /// a clear error, corruption found mid-session would stop the daemon at a worse moment.</summary>
    public const bool VerifyIntegrityOnOpen = true;
}
