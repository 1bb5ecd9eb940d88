namespace VixShield.Live.Adapters.Replay.Parsing;

/// <summary>What a reader does with a row it cannot use.</summary>
public enum BadRowPolicy : byte
{
    /// <summary>Throw a <see cref="ReplayDataException"/> naming the file, line, field and value (the default).</summary>
    Stop = 0,

    /// <summary>Leave the row out, record it in the result's <c>Problems</c> and carry on; callers report the count.</summary>
    Skip = 1,
}
