namespace VixShield.Live.Abstractions.State;

/// <summary>What happened to one entry of an append.</summary>
public enum JournalAppendStatus : byte
{
    /// <summary>Stored as a new entry.</summary>
    Appended = 0,

    /// <summary>An entry with the same kind, key and payload was already stored; nothing was written.</summary>
    Duplicate = 1,

    /// <summary>An entry with the same kind and key but a different payload was already stored; nothing was written.
    /// The key was reused for something else, which the caller must treat as a bug or a diverged replay.</summary>
    Conflict = 2,
}
