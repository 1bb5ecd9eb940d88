using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Notifications.Outbox;

/// <summary>Chooses per alert type whether a destination hears about it: the longest matching dotted prefix wins.</summary>
/// <remarks>A prefix matches whole segments: <c>feed</c> matches <c>feed</c> and <c>feed.stale</c> but not
/// <c>feeder.x</c>, and <c>feed.stale</c> overrides <c>feed</c>. Types without a match use the default mode.
/// Matching ignores case, as configuration keys do.</remarks>
public sealed class AlertTypeFilter
{
    /// <summary>What <see cref="IsValidPrefix"/> accepts, in words.</summary>
    public const string PrefixRule = "dotted segments without spaces, such as feed or feed.stale";

    /// <summary>The modes, in words.</summary>
    public const string ModeRule = "one of: On, Off, Quiet";

    private readonly KeyValuePair<string, AlertDeliveryMode>[] rules;

    public AlertTypeFilter(AlertDeliveryMode defaultMode, IReadOnlyDictionary<string, AlertDeliveryMode>? modesByTypePrefix = null)
    {
        CheckMode(defaultMode, "the default");
        DefaultMode = defaultMode;
        var list = new List<KeyValuePair<string, AlertDeliveryMode>>();
        foreach (var (prefix, mode) in modesByTypePrefix ?? new Dictionary<string, AlertDeliveryMode>())
        {
            if (!IsValidPrefix(prefix))
            {
                throw new ArgumentException(
                    $"alert type prefix '{prefix}' is not valid; use dotted segments such as 'feed' or 'feed.stale'", nameof(modesByTypePrefix));
            }

            CheckMode(mode, $"prefix '{prefix}'");
            list.Add(new(prefix, mode));
        }

        rules = [.. list.OrderByDescending(rule => rule.Key.Length)];
    }

    /// <summary>Delivers everything.</summary>
    public static AlertTypeFilter All { get; } = new(AlertDeliveryMode.On);

    public AlertDeliveryMode DefaultMode { get; }

    public static bool IsValidPrefix(string? prefix) =>
        !string.IsNullOrWhiteSpace(prefix) && !prefix.StartsWith('.') && !prefix.EndsWith('.')
        && !prefix.Contains("..", StringComparison.Ordinal) && !prefix.Any(char.IsWhiteSpace);

    /// <summary>Every setting the constructor would refuse, named as configuration keys under <paramref name="section"/>
    /// (<c>DefaultMode</c>, <c>Types:&lt;prefix&gt;</c>); empty when the filter can be built.</summary>
    public static IReadOnlyList<(string Key, string? Value, string Allowed)> ListProblems(
        string section, AlertDeliveryMode defaultMode, IReadOnlyDictionary<string, AlertDeliveryMode>? modesByTypePrefix)
    {
        var problems = new List<(string Key, string? Value, string Allowed)>();
        if (!Enum.IsDefined(defaultMode))
        {
            problems.Add(($"{section}:DefaultMode", defaultMode.ToString(), ModeRule));
        }

        foreach (var (prefix, mode) in modesByTypePrefix ?? new Dictionary<string, AlertDeliveryMode>())
        {
            if (!IsValidPrefix(prefix))
            {
                problems.Add(($"{section}:Types", prefix, $"alert type prefixes as keys ({PrefixRule})"));
            }
            else if (!Enum.IsDefined(mode))
            {
                problems.Add(($"{section}:Types:{prefix}", mode.ToString(), ModeRule));
            }
        }

        return problems;
    }

    public AlertDeliveryMode ModeFor(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        foreach (var (prefix, mode) in rules)
        {
            if (type.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (type.Length == prefix.Length || type[prefix.Length] == '.'))
            {
                return mode;
            }
        }

        return DefaultMode;
    }

    public bool Allows(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return ModeFor(alert.Type) switch
        {
            AlertDeliveryMode.On => true,
            AlertDeliveryMode.Quiet => alert.Severity >= AlertSeverity.Warning,
            _ => false,
        };
    }

    private static void CheckMode(AlertDeliveryMode mode, string what)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"the mode of {what} must be On, Off or Quiet");
        }
    }
}
