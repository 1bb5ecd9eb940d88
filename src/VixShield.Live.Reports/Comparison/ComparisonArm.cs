using System.Globalization;

namespace VixShield.Live.Reports.Comparison;

/// <summary>One strategy compared in the report, named by the key prefix of its values in the <c>comparison.daily</c> alert.</summary>
/// <param name="Key">The alert key prefix: <c>hold_to_expiry</c>, <c>stop_1x</c>, <c>alvh_signal_layers</c>.</param>
/// <param name="DisplayName">How the report names it.</param>
/// <param name="Kind">Its role in the headline.</param>
public sealed record ComparisonArm(string Key, string DisplayName, ArmKind Kind)
{
    public const string HoldToExpiryKey = "hold_to_expiry";

    private const string StopPrefix = "stop_";
    private const string AlvhPrefix = "alvh_";

    /// <summary>The arm for an alert key prefix; unknown keys become <see cref="ArmKind.Other"/> under their own name.</summary>
    public static ComparisonArm FromKey(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (key == HoldToExpiryKey)
        {
            return new ComparisonArm(key, "Hold to expiry (unhedged)", ArmKind.Unhedged);
        }

        if (key.StartsWith(StopPrefix, StringComparison.Ordinal) && key.EndsWith('x') && key.Length > StopPrefix.Length + 1)
        {
            // The engine writes stop-1.5x as stop_1_5x: dots in strategy names become underscores in alert keys.
            var multiple = key[StopPrefix.Length..^1].Replace('_', '.');
            return new ComparisonArm(key, string.Create(CultureInfo.InvariantCulture, $"Stop at {multiple}x credit"), ArmKind.StopLoss);
        }

        if (key.StartsWith(AlvhPrefix, StringComparison.Ordinal) && key.Length > AlvhPrefix.Length)
        {
            // The ruleset as its file is named: alvh_signal_layers is signal-layers.
            return new ComparisonArm(key, "ALVH " + key[AlvhPrefix.Length..].Replace('_', '-'), ArmKind.Hedged);
        }

        return new ComparisonArm(key, key, ArmKind.Other);
    }
}
