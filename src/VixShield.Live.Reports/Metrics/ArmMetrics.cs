using NodaTime;
using VixShield.Live.Reports.Comparison;

namespace VixShield.Live.Reports.Metrics;

/// <summary>The figures of one arm over the whole run; money in dollars, ratios as fractions (0.05 = 5%).</summary>
/// <param name="Arm">The arm.</param>
/// <param name="Days">Condor days the arm reported.</param>
/// <param name="TotalProfitAndLoss">Sum of the daily P&amp;L.</param>
/// <param name="AnnualisedProfitAndLoss">Total P&amp;L x 252 / days.</param>
/// <param name="TotalReturn">Total P&amp;L / capital.</param>
/// <param name="AnnualisedReturn">Annualised P&amp;L / capital (simple, not compounded: the position size is fixed).</param>
/// <param name="MaxDrawdown">Largest fall of the end-of-day equity from its running peak, in dollars.</param>
/// <param name="MaxDrawdownFraction">Largest such fall as a fraction of the peak it fell from (measured at its own worst point).</param>
/// <param name="MaxDrawdownPeak">The last day at the peak the largest dollar drawdown fell from (null when it fell from the
/// starting capital).</param>
/// <param name="MaxDrawdownTrough">The date of that drawdown's trough (null when there was no drawdown).</param>
/// <param name="WorstDay">The lowest daily P&amp;L.</param>
/// <param name="WorstDayDate">Its date (the first one on a tie).</param>
/// <param name="WorstTailAverage">Average P&amp;L of the worst 5% of days (at least one day; the count rounds up).</param>
/// <param name="WorstTailDays">How many days that average covers.</param>
/// <param name="WinRate">Share of days with a P&amp;L above zero.</param>
/// <param name="ProfitFactor">Sum of gains / sum of losses; null when there was no losing day.</param>
/// <param name="Sharpe">Mean / sample standard deviation of daily P&amp;L on capital, x sqrt(252), risk-free rate 0; null
/// with fewer than two days or no variation.</param>
/// <param name="HedgeCost">Premium paid for hedge layers over the run.</param>
/// <param name="HedgeCostPerYear">Hedge cost x 252 / days.</param>
/// <param name="StopsOrLayers">Stops taken (stop-loss arms) or hedge layers opened (hedged arms).</param>
/// <param name="WorstIntradayDrawdown">The largest drawdown within a single condor's life.</param>
public sealed record ArmMetrics(
    ComparisonArm Arm,
    int Days,
    decimal TotalProfitAndLoss,
    decimal AnnualisedProfitAndLoss,
    double TotalReturn,
    double AnnualisedReturn,
    decimal MaxDrawdown,
    double MaxDrawdownFraction,
    LocalDate? MaxDrawdownPeak,
    LocalDate? MaxDrawdownTrough,
    decimal WorstDay,
    LocalDate? WorstDayDate,
    decimal WorstTailAverage,
    int WorstTailDays,
    double WinRate,
    double? ProfitFactor,
    double? Sharpe,
    decimal HedgeCost,
    decimal HedgeCostPerYear,
    int StopsOrLayers,
    decimal WorstIntradayDrawdown);
