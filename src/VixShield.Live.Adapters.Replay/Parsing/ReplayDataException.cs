namespace VixShield.Live.Adapters.Replay.Parsing;

/// <summary>A replay file cannot be used as it stands; <see cref="Problem"/> says where and why.</summary>
public sealed class ReplayDataException : Exception
{
    public ReplayDataException()
        : base("the replay data is not valid")
    {
    }

    public ReplayDataException(string message)
        : base(message)
    {
    }

    public ReplayDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A bad row (or header) under <see cref="BadRowPolicy.Stop"/>; the message is the problem's text.</summary>
    public ReplayDataException(ReplayRowProblem problem)
        : base(problem?.ToString())
    {
        ArgumentNullException.ThrowIfNull(problem);
        Problem = problem;
    }

    /// <summary>A whole-file problem (empty file, unknown layout, unknown instrument) with its own wording.</summary>
    public ReplayDataException(string message, ReplayRowProblem problem)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Problem = problem;
    }

    /// <summary>Where the data went wrong; null only for the parameterless and message-only constructors.</summary>
    public ReplayRowProblem? Problem { get; }
}
