using VixShield.Live.Reports.Comparison;

namespace VixShield.Live.Comparison;

/// <summary>What a comparison run produced: the report and counts that describe the replay.</summary>
/// <param name="Report">The days, their summary and the method.</param>
/// <param name="QuotesProcessed">Quotes the decision loop took.</param>
/// <param name="SkippedRows">Bad input rows left out, across all files.</param>
public sealed record ComparisonOutcome(ComparisonReport Report, long QuotesProcessed, int SkippedRows);
