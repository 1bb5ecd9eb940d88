using VixShield.Live.Reports.Comparison;

namespace VixShield.Live.Reports.Writers;

/// <summary>Colours of the arms in charts and tables: the unhedged arm dark grey, stop-losses warm, ALVH arms cool, so the
/// hedged lines stand out against their baselines. Within a kind, colours follow the arm's position.</summary>
public static class ArmPalette
{
    private static readonly string[] Unhedged = ["#374151"];
    private static readonly string[] Stops = ["#ea580c", "#ca8a04", "#b45309", "#dc2626"];
    private static readonly string[] Hedged = ["#2563eb", "#059669", "#7c3aed", "#0891b2"];
    private static readonly string[] Others = ["#db2777", "#65a30d", "#9333ea", "#0d9488"];

    /// <summary>The colour of <paramref name="arm"/>, given all arms in report order.</summary>
    public static string ColorOf(ComparisonArm arm, IReadOnlyList<ComparisonArm> arms)
    {
        ArgumentNullException.ThrowIfNull(arm);
        ArgumentNullException.ThrowIfNull(arms);
        var position = 0;
        foreach (var other in arms)
        {
            if (other.Key == arm.Key)
            {
                break;
            }

            if (other.Kind == arm.Kind)
            {
                position++;
            }
        }

        var colors = arm.Kind switch
        {
            ArmKind.Unhedged => Unhedged,
            ArmKind.StopLoss => Stops,
            ArmKind.Hedged => Hedged,
            _ => Others,
        };
        return colors[position % colors.Length];
    }
}
