using NodaTime;

namespace VixShield.Live.Reports.Metrics;

/// <summary>One arm's equity, day by day, starting from the capital: the curve behind its drawdown figures.</summary>
/// <remarks>The position size is fixed, so P&amp;L adds to the capital without compounding. The running peak starts at the
/// capital, so a loss on the first day is already a drawdown.</remarks>
public sealed class EquityCurve
{
    private EquityCurve(string key, decimal capital, EquityPoint[] points)
    {
        Key = key;
        Capital = capital;
        Points = points;
    }

    /// <summary>The arm's key (<see cref="Comparison.ComparisonArm.Key"/>).</summary>
    public string Key { get; }

    public decimal Capital { get; }

    public IReadOnlyList<EquityPoint> Points { get; }

    /// <summary>Adds each day's P&amp;L to <paramref name="capital"/> in the order given.</summary>
    /// <exception cref="ArgumentException">The dates are not strictly increasing.</exception>
    public static EquityCurve Build(string key, decimal capital, IReadOnlyList<(LocalDate Date, decimal ProfitAndLoss)> days)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(days);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capital);
        var points = new EquityPoint[days.Count];
        var equity = capital;
        var peak = capital;
        for (var i = 0; i < days.Count; i++)
        {
            var (date, profitAndLoss) = days[i];
            if (i > 0 && date <= days[i - 1].Date)
            {
                throw new ArgumentException($"day {i} ({date:uuuu-MM-dd}) is not after day {i - 1} ({days[i - 1].Date:uuuu-MM-dd}); days must be in strictly increasing date order", nameof(days));
            }

            equity += profitAndLoss;
            peak = Math.Max(peak, equity);
            points[i] = new EquityPoint(date, profitAndLoss, equity, peak);
        }

        return new EquityCurve(key, capital, points);
    }
}
