using System.Globalization;
using VixShield.Live.Abstractions.Configuration;

namespace VixShield.Live.Adapters.Sqlite;

/// <summary>Where and how the durable state (journal, alert outbox, engine snapshot) is kept.</summary>
public sealed class SqliteStateOptions
{
    public const string SectionName = "State";

    private const long MinimumFileSizeBytes = 65_536;

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

    /// <summary>Every invalid setting, its value and what is allowed; empty when valid.</summary>
    public IReadOnlyList<(string Key, string? Value, string Allowed)> ListProblems()
    {
        var problems = new List<(string Key, string? Value, string Allowed)>();
        if (string.IsNullOrWhiteSpace(FileName) || FileName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0
            || FileName.Contains('/', StringComparison.Ordinal) || FileName is "." or "..")
        {
            problems.Add((Key(nameof(FileName)), FileName, "a plain file name (no directory) inside the data directory, such as " + SqliteStateDefaults.FileName));
        }

        if (BusyTimeout < TimeSpan.FromMilliseconds(1) || BusyTimeout > TimeSpan.FromMinutes(10))
        {
            problems.Add((Key(nameof(BusyTimeout)), SettingProblems.Duration(BusyTimeout), "a duration from 00:00:00.001 to 00:10:00"));
        }

        if (!Enum.IsDefined(Durability))
        {
            problems.Add((Key(nameof(Durability)), Durability.ToString(), $"one of: {nameof(SqliteDurability.Full)}, {nameof(SqliteDurability.Normal)}"));
        }

        if (MaximumFileSizeBytes is < MinimumFileSizeBytes)
        {
            problems.Add((Key(nameof(MaximumFileSizeBytes)), MaximumFileSizeBytes.Value.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"a whole number of at least {MinimumFileSizeBytes}, or empty for no bound")));
        }

        return problems;
    }

    /// <exception cref="ArgumentException">Any of <see cref="ListProblems"/>; the message lists them all.</exception>
    public void Validate() => SettingProblems.ThrowIfAny(ListProblems());

    private static string Key(string name) => SectionName + ":" + name;
}
