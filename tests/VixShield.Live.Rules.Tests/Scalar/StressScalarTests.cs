using VixShield.Live.Rules.Conditions;
using VixShield.Live.Rules.Scalar;

namespace VixShield.Live.Rules.Tests.Scalar;

public sealed class StressScalarTests
{
    /// <summary>Inputs and the scalar worked out by hand with the defaults: baseline 0.5; weights RSI 0.5, MACD 0.4,
    /// A/D 0.3, term structure 0.3; A/D full at 10 days; term structure from 0.9 to 1.1.</summary>
    public static TheoryData<string, double> Cases => new()
    {
        { string.Empty, 0.5 },
        { "rsi5m=80", 0.5 + (0.5 * 0.6) },
        { "rsi5m=20 rsi_daily=90", 0.5 + (0.5 * 0.6) },
        { "rsi_daily=30", 0.5 + (0.5 * 0.4) },
        { "rsi5m=50", 0.5 },
        { "macd_hist_daily=-1", 0.5 + (0.4 * 0.5) },
        { "macd_hist_daily=2", 0.5 },
        { "ad_divergence_days=5", 0.5 + (0.3 * 0.5) },
        { "ad_divergence_days=25", 0.5 + 0.3 },
        { "ts_ratio=1.0", 0.5 + (0.3 * 0.5) },
        { "ts_ratio=0.85", 0.5 },
        { "ts_ratio=1.3", 0.5 + 0.3 },
        { "rsi5m=100 macd_hist_daily=-1 ad_divergence_days=10 ts_ratio=1.2", 0.5 + 0.5 + 0.2 + 0.3 + 0.3 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_Inputs_IsBaselinePlusWeightedStresses(string values, double expected)
    {
        var sut = new StressScalar(new StressScalarSettings());

        var value = sut.Compute(Vector(values));

        Assert.Equal(expected, value, precision: 12);
        Assert.Equal(expected, sut.Current, precision: 12);
    }

    [Theory]
    [InlineData(1.0, 0.5, 0.5 + (0.4 * 0.5))]
    [InlineData(0.5, 1.0, 0.5)]
    [InlineData(-0.5, -1.0, 0.5 + 0.4)]
    [InlineData(-1.0, -0.5, 0.5 + (0.4 * 0.5))]
    public void Compute_HistogramSlope_AddsStressWhenFalling(double first, double second, double expected)
    {
        var sut = new StressScalar(new StressScalarSettings());
        sut.Compute(Vector(FormattableString.Invariant($"macd_hist_daily={first}")));

        var value = sut.Compute(Vector(FormattableString.Invariant($"macd_hist_daily={second}")));

        Assert.Equal(expected, value, precision: 12);
        Assert.Equal(second - first, sut.Inputs.MacdHistogramSlope, precision: 12);
    }

    [Fact]
    public void Compute_SameHistogramAgain_KeepsTheSlopeOfTheLastChange()
    {
        var sut = new StressScalar(new StressScalarSettings());
        sut.Compute(Vector("macd_hist_daily=1"));
        sut.Compute(Vector("macd_hist_daily=0.5"));

        var value = sut.Compute(Vector("macd_hist_daily=0.5 rsi5m=50"));

        Assert.Equal(0.5 + (0.4 * 0.5), value, precision: 12);
    }

    [Theory]
    [InlineData(1.5, 1.5)]
    [InlineData(2.0, 2.0)]
    public void Compute_StressAboveCap_IsClampedToCap(double cap, double expected)
    {
        var sut = new StressScalar(new StressScalarSettings { Cap = cap, Baseline = 1.0 });

        var value = sut.Compute(Vector("rsi5m=100 macd_hist_daily=-1 ad_divergence_days=10 ts_ratio=1.2"));

        Assert.Equal(expected, value, precision: 12);
    }

    [Fact]
    public void Compute_ZeroBaselineAndWeights_IsZero()
    {
        var sut = new StressScalar(new StressScalarSettings
        {
            Baseline = 0,
            RsiDistanceWeight = 0,
            MacdHistogramWeight = 0,
            AdvanceDeclineDivergenceWeight = 0,
            TermStructureWeight = 0,
        });

        Assert.Equal(0.0, sut.Compute(Vector("rsi5m=90 ts_ratio=1.2")));
    }

    [Fact]
    public void Inputs_ToAlertValues_NamesEveryInputInStableOrder()
    {
        var sut = new StressScalar(new StressScalarSettings());
        sut.Compute(Vector("rsi5m=80 ts_ratio=1.0"));

        var names = sut.Inputs.ToAlertValues().Select(value => value.Name);

        Assert.Equal(["scalar", "rsi", "rsiStress", "macdHistogram", "macdHistogramSlope", "macdStress", "adDivergenceDays", "adStress", "termStructureRatio", "termStructureStress"], names);
        Assert.Contains("RSI stress 0.6 (RSI 80)", sut.Describe(), StringComparison.Ordinal);
    }

    private static double[] Vector(string values) => Tests.Conditions.ConditionParserTests.Vector(values);
}
