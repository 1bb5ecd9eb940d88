namespace VixShield.Live.Adapters.Sqlite;

/// <summary>How hard each commit pushes data to the disk (SQLite's <c>PRAGMA synchronous</c> in WAL mode).</summary>
public enum SqliteDurability : byte
{
    /// <summary><c>synchronous=FULL</c>: every commit fsyncs the write-ahead log, so a committed entry survives a
    /// power cut or kernel crash, not only a process crash. Costs one fsync per commit (batch appends to amortise it).</summary>
    Full = 0,

    /// <summary><c>synchronous=NORMAL</c>: commits survive a process crash (SIGKILL), but the last commits before a power
    /// cut may be rolled back. Reconciliation with the broker then has to recover orders sent after them.</summary>
    Normal = 1,
}
