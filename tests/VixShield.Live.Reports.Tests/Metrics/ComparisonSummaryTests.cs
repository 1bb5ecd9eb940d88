using VixShield.Live.Reports.Comparison;
using VixShield.Live.Reports.Metrics;
using static VixShield.Live.Reports.Tests.ReportBuilders;

namespace VixShield.Live.Reports.Tests.Metrics;

public class ComparisonSummaryTests
{
    private const decimal Capital = 10_000m;

    // P&L 100, -300, 200, -50, 150 on 10,000: equity 10100, 9800, 10000, 9950, 10100.
    private static readonly decimal[] Crafted = [100m, -300m, 200m, -50m, 150m];

    [Fact]
    public void Compute_CraftedSeries_TotalAndAnnualisedProfitAndLoss()
    {
        var sut = ComparisonSummary.Compute(Series("hold_to_expiry", Crafted), Capital).Metrics[0];

        Assert.Equal(5, sut.Days);
        Assert.Equal(100m, sut.TotalProfitAndLoss);
        Assert.Equal(5_040m, sut.AnnualisedProfitAndLoss); // 100 x 252 / 5
        Assert.Equal(0.01, sut.TotalReturn, 12);
        Assert.Equal(0.504, sut.AnnualisedReturn, 12);
    }

    [Fact]
    public void Compute_CraftedSeries_MaxDrawdownInMoneyAndPercentOfPeak()
    {
        var sut = ComparisonSummary.Compute(Series("hold_to_expiry", Crafted), Capital).Metrics[0];

        Assert.Equal(300m, sut.MaxDrawdown); // 10100 -> 9800
        Assert.Equal(300.0 / 10_100.0, sut.MaxDrawdownFraction, 12);
        Assert.Equal(Date(2024, 1, 1), sut.MaxDrawdownPeak);
        Assert.Equal(Date(2024, 1, 2), sut.MaxDrawdownTrough);
    }

    [Fact]
    public void Compute_LossOnFirstDay_IsDrawdownFromStartingCapital()
    {
        var sut = ComparisonSummary.Compute(Series("hold_to_expiry", -400m, 100m), Capital).Metrics[0];

        Assert.Equal(400m, sut.MaxDrawdown);
        Assert.Equal(0.04, sut.MaxDrawdownFraction, 12);
        Assert.Null(sut.MaxDrawdownPeak);
        Assert.Equal(Date(2024, 1, 1), sut.MaxDrawdownTrough);
    }

    [Fact]
    public void Compute_CraftedSeries_WorstDayWinRateAndProfitFactor()
    {
        var sut = ComparisonSummary.Compute(Series("hold_to_expiry", Crafted), Capital).Metrics[0];

        Assert.Equal(-300m, sut.WorstDay);
        Assert.Equal(Date(2024, 1, 2), sut.WorstDayDate);
        Assert.Equal(0.6, sut.WinRate, 12);
        Assert.Equal(450.0 / 350.0, sut.ProfitFactor!.Value, 12);
    }

    [Fact]
    public void Compute_FiveDays_WorstTailIsTheSingleWorstDay()
    {
        var sut = ComparisonSummary.Compute(Series("hold_to_expiry", Crafted), Capital).Metrics[0];

        Assert.Equal(1, sut.WorstTailDays); // ceil(5 x 5%) = 1
        Assert.Equal(-300m, sut.WorstTailAverage);
    }

    [Fact]
    public void Compute_TwentyOneDays_WorstTailAveragesTwoDays()
    {
        // ceil(21 x 5%) = 2: the two worst are -900 and -500.
        var values = Enumerable.Repeat(10m, 19).Concat([-900m, -500m]).ToArray();

        var sut = ComparisonSummary.Compute(Series("hold_to_expiry", values), Capital).Metrics[0];

        Assert.Equal(2, sut.WorstTailDays);
        Assert.Equal(-700m, sut.WorstTailAverage);
    }

    [Fact]
    public void Compute_CraftedSeries_SharpeFromDailyReturnsOnCapital()
    {
        // Returns 0.01, -0.03, 0.02, -0.005, 0.015: mean 0.002; squared deviations
        // 0.000064 + 0.001024 + 0.000324 + 0.000049 + 0.000169 = 0.00163; sample variance 0.00163 / 4.
        var expected = 0.002 / Math.Sqrt(0.00163 / 4) * Math.Sqrt(252);

        var sut = ComparisonSummary.Compute(Series("hold_to_expiry", Crafted), Capital).Metrics[0];

        Assert.Equal(1.5728, expected, 4);
        Assert.Equal(expected, sut.Sharpe!.Value, 10);
    }

    [Fact]
    public void Compute_NoLosingDayAndOneDay_ProfitFactorAndSharpeAreAbsent()
    {
        var sut = ComparisonSummary.Compute(Series("hold_to_expiry", 50m), Capital).Metrics[0];

        Assert.Null(sut.ProfitFactor);
        Assert.Null(sut.Sharpe);
        Assert.Equal(1.0, sut.WinRate);
    }

    [Fact]
    public void Compute_HedgedArm_HedgeCostPerYearAndLayerCount()
    {
        var days = new[] { 10m, 10m, 0m, 0m, 5m }
            .Select((cost, i) => Day(Date(2024, 1, 1).PlusDays(i), new ArmDay("alvh_signal_layers", -cost, 0m, false, cost > 0m ? 2 : 0, cost)))
            .ToList();

        var sut = ComparisonSummary.Compute(days, Capital).Metrics[0];

        Assert.Equal(25m, sut.HedgeCost);
        Assert.Equal(1_260m, sut.HedgeCostPerYear); // 25 x 252 / 5
        Assert.Equal(6, sut.StopsOrLayers);
    }

    [Fact]
    public void Compute_StopArm_CountsStopsAndWorstIntradayDrawdown()
    {
        var days = new List<ComparisonDay>
        {
            Day(Date(2024, 1, 1), new ArmDay("stop_1x", -60m, 110m, true, 0, 0m)),
            Day(Date(2024, 1, 2), new ArmDay("stop_1x", 50m, 20m, false, 0, 0m)),
            Day(Date(2024, 1, 3), new ArmDay("stop_1x", -55m, 95m, true, 0, 0m)),
        };

        var sut = ComparisonSummary.Compute(days, Capital).Metrics[0];

        Assert.Equal(2, sut.StopsOrLayers);
        Assert.Equal(110m, sut.WorstIntradayDrawdown);
    }

    [Fact]
    public void Compute_HedgedArmHalvesUnhedgedDrawdown_ReductionIsFiftyPercentWithinClaim()
    {
        // Unhedged: +100, -300 (drawdown 300). Stop: +100, -200 (200). Hedged: +100, -150 (150).
        var days = new List<ComparisonDay>
        {
            Day(Date(2024, 1, 1), ("hold_to_expiry", 100m), ("stop_1x", 100m), ("alvh_signal_layers", 100m)),
            Day(Date(2024, 1, 2), ("hold_to_expiry", -300m), ("stop_1x", -200m), ("alvh_signal_layers", -150m)),
        };

        var sut = ComparisonSummary.Compute(days, Capital).Reductions;

        Assert.Collection(
            sut,
            vsUnhedged =>
            {
                Assert.Equal("hold_to_expiry", vsUnhedged.Baseline.Key);
                Assert.Equal(0.5, vsUnhedged.Reduction!.Value, 12);
                Assert.Equal(ClaimVerdict.WithinClaim, vsUnhedged.Verdict);
            },
            vsStop =>
            {
                Assert.Equal("stop_1x", vsStop.Baseline.Key);
                Assert.Equal(0.25, vsStop.Reduction!.Value, 12);
                Assert.Equal(ClaimVerdict.BelowClaim, vsStop.Verdict);
            });
    }

    [Fact]
    public void Compute_ArmsFirstSeenInAnyOrder_OrderedUnhedgedStopsHedgedOthers()
    {
        var days = new List<ComparisonDay>
        {
            Day(Date(2024, 1, 1), ("mystery", 1m), ("alvh_ladder_442", 1m), ("stop_2x", 1m), ("alvh_signal_layers", 1m), ("stop_1x", 1m), ("hold_to_expiry", 1m)),
        };

        var sut = ComparisonSummary.Compute(days, Capital);

        Assert.Equal(
            ["hold_to_expiry", "stop_2x", "stop_1x", "alvh_ladder_442", "alvh_signal_layers", "mystery"],
            sut.Arms.Select(a => a.Key));
    }

    [Fact]
    public void Compute_DaysAcrossYears_YearRowsSumEachArm()
    {
        var days = new List<ComparisonDay>
        {
            Day(Date(2023, 12, 28), ("hold_to_expiry", 10m), ("stop_1x", 1m)),
            Day(Date(2023, 12, 29), ("hold_to_expiry", -4m), ("stop_1x", 2m)),
            Day(Date(2024, 1, 2), ("hold_to_expiry", 7m), ("stop_1x", 3m)),
        };

        var sut = ComparisonSummary.Compute(days, Capital).Years;

        Assert.Collection(
            sut,
            y2023 =>
            {
                Assert.Equal((2023, 2), (y2023.Year, y2023.Days));
                Assert.Equal([6m, 3m], y2023.ProfitAndLoss);
            },
            y2024 =>
            {
                Assert.Equal((2024, 1), (y2024.Year, y2024.Days));
                Assert.Equal([7m, 3m], y2024.ProfitAndLoss);
            });
    }

    [Fact]
    public void Compute_DatesNotIncreasing_Throws()
    {
        var days = new List<ComparisonDay>
        {
            Day(Date(2024, 1, 2), ("hold_to_expiry", 1m)),
            Day(Date(2024, 1, 2), ("hold_to_expiry", 1m)),
        };

        var error = Assert.Throws<ArgumentException>(() => ComparisonSummary.Compute(days, Capital));

        Assert.Contains("2024-01-02", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NoDays_EmptySummary()
    {
        var sut = ComparisonSummary.Compute([], Capital);

        Assert.Equal(0, sut.DayCount);
        Assert.Null(sut.FirstExpiry);
        Assert.Empty(sut.Arms);
        Assert.Empty(sut.Reductions);
    }
}
