namespace VixShield.Live.Reports.Metrics;

/// <summary>P&amp;L of every arm in one calendar year of expiries.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Days">Condor days that expired in it.</param>
/// <param name="ProfitAndLoss">Each arm's P&amp;L, in the order of <see cref="ComparisonSummary.Arms"/>.</param>
public sealed record YearRow(int Year, int Days, IReadOnlyList<decimal> ProfitAndLoss);
