using NodaTime;
using VixShield.Live.Reports.Comparison;

namespace VixShield.Live.Reports.Tests;

/// <summary>Small builders for crafted comparison series (one obvious default per field).</summary>
internal static class ReportBuilders
{
    public static LocalDate Date(int year, int month, int day) => new(year, month, day);

    /// <summary>A day on which each arm made the given dollars; nothing stopped, no layers, no hedge cost.</summary>
    public static ComparisonDay Day(LocalDate expiry, params (string Key, decimal ProfitAndLoss)[] arms) =>
        new(expiry, 4000m, 0.50m, 0m, null, [.. arms.Select(a => new ArmDay(a.Key, a.ProfitAndLoss, 0m, false, 0, 0m))]);

    public static ComparisonDay Day(LocalDate expiry, params ArmDay[] arms) => new(expiry, 4000m, 0.50m, 0m, null, arms);

    /// <summary>Consecutive calendar days from 2024-01-01, one per value, for a single arm.</summary>
    public static List<ComparisonDay> Series(string key, params decimal[] profitAndLoss) =>
        [.. profitAndLoss.Select((p, i) => Day(Date(2024, 1, 1).PlusDays(i), (key, p)))];

    public static ComparisonMethod Method(decimal capital = 10_000m, int quantity = 1) => new(
        Date(2024, 1, 1),
        Date(2024, 12, 31),
        capital,
        quantity,
        [new ReportInput("--spx", "spx.csv", 250, 0, Date(2024, 1, 2), Date(2024, 12, 31))],
        ["signal-layers"],
        "economic-calendar.csv",
        new LocalTime(15, 30),
        0.16,
        5m,
        [1m, 2m],
        0.10m,
        [],
        0,
        0);
}
