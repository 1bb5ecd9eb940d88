namespace VixShield.Live.Adapters.Sqlite;

/// <summary>Where and how the durable state (journal, alert outbox, engine snapshot) is kept.</summary>
public sealed class SqliteStateOptions
{
    public const string SectionName = "State";

    /// <summary>The database file's name inside the data directory.</summary>
    /// <value>The default is <c>vixshield-state.db</c>.</value>
    public string FileName { get; set; } = SqliteStateDefaults.FileName;

    /// <summary>How long a write waits for a lock held by another connection before failing.</summary>
    /// <value>The default is <c>00:00:05</c>.</value>
    public TimeSpan BusyTimeout { get; set; } = SqliteStateDefaults.BusyTimeout;

    /// <value>The default is <see cref="SqliteDurability.Full"/>.</value>
    public SqliteDurability Durability { get; set; } = SqliteStateDefaults.Durability;

    /// <summary>Runs SQLite's <c>quick_check</c> when opening an existing file.</summary>
    /// <value>The default is <c>true</c>.</value>
    public bool VerifyIntegrityOnOpen { get; set; } = SqliteStateDefaults.VerifyIntegrityOnOpen;

    /// <summary>An upper bound on the file's size; writes beyond it fail as if the disk were full. Null means no bound
    /// other than the disk.</summary>
    /// <value>The default is null.</value>
    public long? MaximumFileSizeBytes { get; set; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting, its value and what is allowed.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(FileName) || FileName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0
            || FileName.Contains('/', StringComparison.Ordinal) || FileName is "." or "..")
        {
            throw new ArgumentException(
                $"{SectionName}:{nameof(FileName)} is '{FileName}'; it must be a plain file name (no directory) inside the data directory",
                nameof(FileName));
        }

        if (BusyTimeout < TimeSpan.FromMilliseconds(1) || BusyTimeout > TimeSpan.FromMinutes(10))
        {
            throw new ArgumentException(
                $"{SectionName}:{nameof(BusyTimeout)} is {BusyTimeout}; it must be between 00:00:00.001 and 00:10:00", nameof(BusyTimeout));
        }

        if (!Enum.IsDefined(Durability))
        {
            throw new ArgumentException(
                $"{SectionName}:{nameof(Durability)} is {Durability}; it must be {nameof(SqliteDurability.Full)} or {nameof(SqliteDurability.Normal)}",
                nameof(Durability));
        }

        if (MaximumFileSizeBytes is < 65_536)
        {
            throw new ArgumentException(
                $"{SectionName}:{nameof(MaximumFileSizeBytes)} is {MaximumFileSizeBytes}; it must be at least 65536 or empty for no bound",
                nameof(MaximumFileSizeBytes));
        }
    }
}
