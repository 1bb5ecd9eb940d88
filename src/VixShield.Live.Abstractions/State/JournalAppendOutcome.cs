namespace VixShield.Live.Abstractions.State;

/// <summary>The result of appending one entry.</summary>
/// <param name="Sequence">The new entry's sequence, or for a duplicate or conflict the sequence of the entry already stored.</param>
public readonly record struct JournalAppendOutcome(JournalAppendStatus Status, long Sequence)
{
    public bool IsAppended => Status == JournalAppendStatus.Appended;
}
