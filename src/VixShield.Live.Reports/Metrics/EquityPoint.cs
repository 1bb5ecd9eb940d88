using NodaTime;

namespace VixShield.Live.Reports.Metrics;

/// <summary>An arm's account after one day: the day's P&amp;L, the equity it left and the highest equity so far.</summary>
public readonly record struct EquityPoint(LocalDate Date, decimal ProfitAndLoss, decimal Equity, decimal Peak)
{
    /// <summary>How far the equity is below its running peak, in dollars (zero or more).</summary>
    public decimal Drawdown => Peak - Equity;

    /// <summary><see cref="Drawdown"/> as a fraction of the peak (the peak is never below the starting capital).</summary>
    public double DrawdownFraction => Peak > 0m ? (double)(Drawdown / Peak) : 0.0;
}
