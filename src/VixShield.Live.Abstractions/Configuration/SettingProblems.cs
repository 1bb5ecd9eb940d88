using System.Globalization;

namespace VixShield.Live.Abstractions.Configuration;

/// <summary>The one shape of a settings problem shared by the options classes of every project: the full configuration
/// key, the value as configured (null when not set) and what is allowed.</summary>
/// <remarks>An options class lists its problems so that <c>check-config</c> can report all of them at once; the component
/// it configures calls <see cref="ThrowIfAny"/> on the same list, so the two can never disagree about what is valid.</remarks>
public static class SettingProblems
{
    /// <exception cref="ArgumentException">At least one problem; the message lists every one.</exception>
    public static void ThrowIfAny(IReadOnlyCollection<(string Key, string? Value, string Allowed)> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems.Select(Describe)));
        }
    }

    /// <summary>A duration as configuration takes it (<c>[d.]hh:mm:ss[.fffffff]</c>) without trailing zeros in the fraction.</summary>
    public static string Duration(TimeSpan value)
    {
        var text = value.ToString("c", CultureInfo.InvariantCulture);
        return text.LastIndexOf('.') > text.LastIndexOf(':') ? text.TrimEnd('0') : text;
    }

    public static string Describe((string Key, string? Value, string Allowed) problem) =>
        problem.Value is null ? $"{problem.Key} is not set; allowed: {problem.Allowed}" : $"{problem.Key} is '{problem.Value}'; allowed: {problem.Allowed}";
}
