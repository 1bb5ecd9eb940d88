namespace VixShield.Live.Configuration;

/// <summary>One thing wrong with the configuration: which key, which value, what is allowed.</summary>
public sealed record ConfigurationProblem(string Key, string? Value, string Allowed)
{
    /// <summary>True when <see cref="Allowed"/> is already a whole sentence naming key, value and range.</summary>
    public bool Verbatim { get; init; }

    public override string ToString() =>
        Verbatim ? Allowed : Value is null ? $"{Key} is missing: {Allowed}" : $"{Key} = '{Value}' is not allowed: {Allowed}";
}
