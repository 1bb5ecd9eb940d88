using NodaTime;
using VixShield.Live.Reports.Comparison;

namespace VixShield.Live.Reports.Metrics;

/// <summary>Every arm's figures over a run, their equity curves, the headline drawdown reductions and the year-by-year P&amp;L.</summary>
/// <remarks>
/// <para>Days are condor days: one per condor, booked on its expiry date. Annualising uses 252 condor days a year, so a
/// year figure is "per 252 condors". The Sharpe ratio is computed on daily P&amp;L divided by the (fixed) capital, with a
/// risk-free rate of 0 and the sample standard deviation, times sqrt(252).</para>
/// <para>Arms are ordered unhedged, stop-losses, hedged, others; within a kind, in the order first seen. Reductions
/// pair every hedged arm with every unhedged and stop-loss arm, in that order.</para>
/// </remarks>
public sealed record ComparisonSummary(
    decimal Capital,
    int DayCount,
    LocalDate? FirstExpiry,
    LocalDate? LastExpiry,
    IReadOnlyList<ComparisonArm> Arms,
    IReadOnlyList<ArmMetrics> Metrics,
    IReadOnlyList<EquityCurve> Curves,
    IReadOnlyList<DrawdownReduction> Reductions,
    IReadOnlyList<YearRow> Years)
{
    public const int TradingDaysPerYear = 252;

    /// <summary>The share of days averaged for the tail figure.</summary>
    public const double WorstTailShare = 0.05;

    /// <summary>Computes the summary of <paramref name="days"/> (strictly increasing expiries) on <paramref name="capital"/> dollars.</summary>
    /// <exception cref="ArgumentException">The expiries are not strictly increasing.</exception>
    public static ComparisonSummary Compute(IReadOnlyList<ComparisonDay> days, decimal capital)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capital);
        var arms = OrderArms(days);
        var metrics = new ArmMetrics[arms.Count];
        var curves = new EquityCurve[arms.Count];
        for (var i = 0; i < arms.Count; i++)
        {
            var series = new List<(LocalDate, decimal)>(days.Count);
            var armDays = new List<ArmDay>(days.Count);
            foreach (var day in days)
            {
                if (day.Find(arms[i].Key) is { } armDay)
                {
                    series.Add((day.Expiry, armDay.ProfitAndLoss));
                    armDays.Add(armDay);
                }
            }

            curves[i] = EquityCurve.Build(arms[i].Key, capital, series);
            metrics[i] = Measure(arms[i], curves[i], armDays, capital);
        }

        return new ComparisonSummary(
            capital,
            days.Count,
            days.Count > 0 ? days[0].Expiry : null,
            days.Count > 0 ? days[^1].Expiry : null,
            arms,
            metrics,
            curves,
            PairReductions(metrics),
            YearByYear(days, arms));
    }

    /// <summary>The figures of the arm with <paramref name="key"/>, or null.</summary>
    public ArmMetrics? Find(string key) => Metrics.FirstOrDefault(m => m.Arm.Key == key);

    private static List<ComparisonArm> OrderArms(IReadOnlyList<ComparisonDay> days)
    {
        var keys = new List<string>();
        foreach (var day in days)
        {
            foreach (var arm in day.Arms)
            {
                if (!keys.Contains(arm.Key, StringComparer.Ordinal))
                {
                    keys.Add(arm.Key);
                }
            }
        }

        // OrderBy is a stable sort: within a kind the first-seen order stays.
        return [.. keys.Select(ComparisonArm.FromKey).OrderBy(arm => arm.Kind)];
    }

    private static ArmMetrics Measure(ComparisonArm arm, EquityCurve curve, List<ArmDay> armDays, decimal capital)
    {
        var count = armDays.Count;
        var points = curve.Points;
        decimal total = 0m, gains = 0m, losses = 0m, hedgeCost = 0m, worstIntraday = 0m;
        var wins = 0;
        var events = 0;
        foreach (var day in armDays)
        {
            total += day.ProfitAndLoss;
            if (day.ProfitAndLoss > 0m)
            {
                gains += day.ProfitAndLoss;
                wins++;
            }
            else
            {
                losses -= day.ProfitAndLoss;
            }

            hedgeCost += day.HedgeCost;
            worstIntraday = Math.Max(worstIntraday, day.MaxDrawdown);
            events += arm.Kind == ArmKind.Hedged ? day.LayersOpened : day.Stopped ? 1 : 0;
        }

        var (maxDrawdown, peakDate, troughDate) = LargestDrawdown(points);
        var maxFraction = points.Count == 0 ? 0.0 : points.Max(p => p.DrawdownFraction);
        var worstIndex = -1;
        for (var i = 0; i < count; i++)
        {
            if (worstIndex < 0 || points[i].ProfitAndLoss < points[worstIndex].ProfitAndLoss)
            {
                worstIndex = i;
            }
        }

        var tailDays = count == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(count * WorstTailShare));
        var tailAverage = tailDays == 0 ? 0m : points.Select(p => p.ProfitAndLoss).Order().Take(tailDays).Sum() / tailDays;
        decimal PerYear(decimal amount) => count == 0 ? 0m : amount * TradingDaysPerYear / count;
        return new ArmMetrics(
            arm,
            count,
            total,
            PerYear(total),
            (double)(total / capital),
            (double)(PerYear(total) / capital),
            maxDrawdown,
            maxFraction,
            peakDate,
            troughDate,
            worstIndex < 0 ? 0m : points[worstIndex].ProfitAndLoss,
            worstIndex < 0 ? null : points[worstIndex].Date,
            tailAverage,
            tailDays,
            count == 0 ? 0.0 : (double)wins / count,
            losses > 0m ? (double)(gains / losses) : null,
            Sharpe(points, capital),
            hedgeCost,
            PerYear(hedgeCost),
            events,
            worstIntraday);
    }

    private static (decimal Drawdown, LocalDate? Peak, LocalDate? Trough) LargestDrawdown(IReadOnlyList<EquityPoint> points)
    {
        var largest = 0m;
        LocalDate? peakDate = null, troughDate = null, atPeak = null;
        foreach (var point in points)
        {
            if (point.Drawdown == 0m)
            {
                atPeak = point.Date;
            }
            else if (point.Drawdown > largest)
            {
                largest = point.Drawdown;
                peakDate = atPeak;
                troughDate = point.Date;
            }
        }

        return (largest, peakDate, troughDate);
    }

    private static double? Sharpe(IReadOnlyList<EquityPoint> points, decimal capital)
    {
        if (points.Count < 2)
        {
            return null;
        }

        var scale = (double)capital;
        var mean = 0.0;
        foreach (var point in points)
        {
            mean += (double)point.ProfitAndLoss / scale;
        }

        mean /= points.Count;
        var squares = 0.0;
        foreach (var point in points)
        {
            var deviation = ((double)point.ProfitAndLoss / scale) - mean;
            squares += deviation * deviation;
        }

        var deviationOfReturns = Math.Sqrt(squares / (points.Count - 1));
        return deviationOfReturns > 0.0 ? mean / deviationOfReturns * Math.Sqrt(TradingDaysPerYear) : null;
    }

    private static List<DrawdownReduction> PairReductions(ArmMetrics[] metrics)
    {
        var reductions = new List<DrawdownReduction>();
        foreach (var hedged in metrics.Where(m => m.Arm.Kind == ArmKind.Hedged))
        {
            foreach (var baseline in metrics.Where(m => m.Arm.Kind is ArmKind.Unhedged or ArmKind.StopLoss))
            {
                reductions.Add(new DrawdownReduction(hedged.Arm, baseline.Arm, hedged.MaxDrawdown, baseline.MaxDrawdown));
            }
        }

        return reductions;
    }

    private static List<YearRow> YearByYear(IReadOnlyList<ComparisonDay> days, List<ComparisonArm> arms)
    {
        var rows = new List<YearRow>();
        var index = 0;
        while (index < days.Count)
        {
            var year = days[index].Expiry.Year;
            var sums = new decimal[arms.Count];
            var count = 0;
            for (; index < days.Count && days[index].Expiry.Year == year; index++, count++)
            {
                for (var a = 0; a < arms.Count; a++)
                {
                    sums[a] += days[index].Find(arms[a].Key)?.ProfitAndLoss ?? 0m;
                }
            }

            rows.Add(new YearRow(year, count, sums));
        }

        return rows;
    }
}
