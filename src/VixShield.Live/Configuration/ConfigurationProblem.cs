namespace VixShield.Live.Configuration;

/// <summary>One thing wrong with the configuration: which key, which value, what is allowed.</summary>
public sealed record ConfigurationProblem(string Key, string? Value, string Allowed)
{
    public override string ToString() =>
        Value is null ? $"{Key} is missing: {Allowed}" : $"{Key} = '{Value}' is not allowed: {Allowed}";
}
