using VixShield.Live.Reports.Metrics;

namespace VixShield.Live.Reports.Comparison;

/// <summary>Everything the writers need: the days, their summary and how the run was made.</summary>
public sealed record ComparisonReport(IReadOnlyList<ComparisonDay> Days, ComparisonSummary Summary, ComparisonMethod Method)
{
    /// <summary>Computes the summary of <paramref name="days"/> on the method's capital.</summary>
    public static ComparisonReport Create(IReadOnlyList<ComparisonDay> days, ComparisonMethod method)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(method);
        return new ComparisonReport(days, ComparisonSummary.Compute(days, method.Capital), method);
    }

    /// <summary>The arm the worst days are ranked by: the unhedged one, else the first arm; null without arms.</summary>
    public ComparisonArm? ReferenceArm =>
        Summary.Arms.FirstOrDefault(arm => arm.Kind == ArmKind.Unhedged) ?? Summary.Arms.FirstOrDefault();

    /// <summary>The <paramref name="count"/> days on which <see cref="ReferenceArm"/> lost most, worst first (earlier date
    /// first on a tie).</summary>
    public IReadOnlyList<ComparisonDay> WorstDays(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (ReferenceArm is not { } reference)
        {
            return [];
        }

        return [.. Days
            .Where(day => day.Find(reference.Key) is not null)
            .OrderBy(day => day.Find(reference.Key)!.ProfitAndLoss)
            .ThenBy(day => day.Expiry)
            .Take(count)];
    }
}
