using Microsoft.Extensions.Configuration;

namespace VixShield.Live.Configuration;

/// <summary>The problem reported for a key or section the daemon does not know: its path, the nearest known name when
/// one is close enough to be a typo, and the known names; never its value.</summary>
/// <remarks>The value of an unknown key is not shown because it may be a secret, and a rule that hides only values of
/// secret-looking names fails exactly where it is needed: a misspelt <c>Pasword</c>, <c>Ulr</c> or <c>Tokne</c> no
/// longer looks secret. The value is not what needs fixing anyway: the key's name is, and the suggestion names it.</remarks>
internal static class UnknownKey
{
    /// <param name="unknown">The key or section found in the configuration.</param>
    /// <param name="knownNames">The names allowed in the same place (last path segments, in the order to list them).</param>
    /// <param name="what">"key" or "section".</param>
    public static ConfigurationProblem Problem(IConfigurationSection unknown, IReadOnlyList<string> knownNames, string what)
    {
        ArgumentNullException.ThrowIfNull(unknown);
        ArgumentNullException.ThrowIfNull(knownNames);
        var parent = unknown.Path[..^unknown.Key.Length];
        var suggestion = Nearest(unknown.Key, knownNames) is { } nearest ? $"; did you mean {parent}{nearest}?" : ";";
        var place = parent.Length == 0 ? string.Empty : " in " + parent.TrimEnd(':');
        var hidden = unknown.Value is null ? string.Empty : " (its value is not shown)";
        return new ConfigurationProblem(
            unknown.Path,
            null,
            $"{unknown.Path} is not a known {what}{hidden}{suggestion} allowed {what}s{place}: {string.Join(", ", knownNames)}")
        {
            Verbatim = true,
        };
    }

    /// <summary>The known name closest to <paramref name="typed"/> when it is within a typo's reach (about one edit per
    /// three characters, ignoring case), else null; the first listed wins a tie.</summary>
    public static string? Nearest(string typed, IEnumerable<string> knownNames)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(knownNames);
        var reach = Math.Max(1, typed.Length / 3);
        string? nearest = null;
        var best = int.MaxValue;
        foreach (var name in knownNames)
        {
            var distance = Distance(typed.ToUpperInvariant(), name.ToUpperInvariant());
            if (distance <= reach && distance < best)
            {
                nearest = name;
                best = distance;
            }
        }

        return nearest;
    }

    /// <summary>Edits (insert, delete, replace, swap two neighbours) that turn <paramref name="a"/> into <paramref name="b"/>
    /// (optimal string alignment), so a transposed pair such as <c>Ulr</c> for <c>Url</c> counts as one typo.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
