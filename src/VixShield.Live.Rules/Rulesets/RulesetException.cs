namespace VixShield.Live.Rules.Rulesets;

/// <summary>A ruleset file is missing or invalid; the message lists every problem, each naming the file and the field.</summary>
public sealed class RulesetException : Exception
{
    public RulesetException()
        : this("The ruleset is invalid.")
    {
    }

    public RulesetException(string message)
        : base(message)
    {
        RulesetFile = string.Empty;
        Problems = [message];
    }

    public RulesetException(string message, Exception innerException)
        : base(message, innerException)
    {
        RulesetFile = string.Empty;
        Problems = [message];
    }

    public RulesetException(string source, IReadOnlyList<string> problems)
        : base(Compose(source, problems))
    {
        RulesetFile = source;
        Problems = problems;
    }

    /// <summary>The ruleset file (or source name) the problems are about.</summary>
    public string RulesetFile { get; }

    public IReadOnlyList<string> Problems { get; }

    private static string Compose(string source, IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count == 1
            ? problems[0]
            : $"Ruleset {source} has {problems.Count} problems:{Environment.NewLine} - " + string.Join(Environment.NewLine + " - ", problems);
    }
}
