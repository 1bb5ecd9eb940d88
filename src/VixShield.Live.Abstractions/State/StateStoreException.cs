namespace VixShield.Live.Abstractions.State;

/// <summary>The durable store cannot be used: the file is corrupt, belongs to something else, is newer than this build,
/// is read-only, is locked by another process or the disk is full. The message names the file and the problem.</summary>
public sealed class StateStoreException : Exception
{
    public StateStoreException()
    {
        FilePath = string.Empty;
    }

    public StateStoreException(string message)
        : base(message)
    {
        FilePath = string.Empty;
    }

    public StateStoreException(string message, Exception? innerException)
        : base(message, innerException)
    {
        FilePath = string.Empty;
    }

    public StateStoreException(string filePath, string problem, Exception? innerException)
        : base($"State database '{filePath}': {problem}", innerException)
    {
        FilePath = filePath;
    }

    /// <summary>The full path of the database file concerned.</summary>
    public string FilePath { get; }
}
