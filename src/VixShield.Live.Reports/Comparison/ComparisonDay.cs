using NodaTime;

namespace VixShield.Live.Reports.Comparison;

/// <summary>One condor's outcome across every arm, on the day it expired.</summary>
/// <param name="Expiry">The expiry (settlement) date: the day the results are booked.</param>
/// <param name="SpxClose">The SPX close it settled at.</param>
/// <param name="Credit">Credit received, in index points per condor.</param>
/// <param name="SettlementValue">Cash settlement value at <paramref name="SpxClose"/>, in index points per condor.</param>
/// <param name="Strikes">The condor's strikes, or null when its proposal was not seen (it was entered before the run).</param>
/// <param name="Arms">Every arm's result, in the order the arms were first seen.</param>
public sealed record ComparisonDay(
    LocalDate Expiry,
    decimal SpxClose,
    decimal Credit,
    decimal SettlementValue,
    CondorStrikes? Strikes,
    IReadOnlyList<ArmDay> Arms)
{
    /// <summary>The result of the arm with <paramref name="key"/>, or null when that arm did not report this day.</summary>
    public ArmDay? Find(string key)
    {
        foreach (var arm in Arms)
        {
            if (arm.Key == key)
            {
                return arm;
            }
        }

        return null;
    }
}
