using VixShield.Live.Domain.MarketData;
using VixShield.Live.Indicators.Averages;
using VixShield.Live.Indicators.Momentum;
using VixShield.Live.Indicators.Tests.Support;

namespace VixShield.Live.Indicators.Tests.Momentum;

public sealed class MovingAverageConvergenceDivergenceTests : ScalarIndicatorContractTests<MovingAverageConvergenceDivergence>
{
    protected override MovingAverageConvergenceDivergence CreateIndicator() => new();

    protected override double?[] Observe(MovingAverageConvergenceDivergence sut) => [sut.Current, sut.Fast, sut.Slow, sut.Signal, sut.Histogram];

    protected override double?[][] Batch(IReadOnlyList<TimedValue> inputs) => BatchKernels.Macd(Values(inputs), 12, 26, 9);

    [Fact]
    public void Update_SmallPeriods_MatchesTaLibSeedingByHand()
    {
        var sut = new MovingAverageConvergenceDivergence(2, 3, 2);

        Run(sut, 1, 2, 3);
        // slow seed = (1+2+3)/3 = 2; fast seed = mean of the last 2 inputs of that window = (2+3)/2 = 2.5
        Assert.Equal(2.5, sut.Fast);
        Assert.Equal(2.0, sut.Slow);
        Assert.Null(sut.Current);

        sut.Update(Times.Day(3), 4);
        // fast (k=2/3) 2.5 + (4-2.5)*2/3 = 3.5; slow (k=1/2) 2 + (4-2)/2 = 3; line 0.5; signal seed (0.5+0.5)/2 = 0.5
        Assert.Equal(0.5, sut.Current!.Value, 12);
        Assert.Equal(0.5, sut.Signal!.Value, 12);
        Assert.Equal(0.0, sut.Histogram!.Value, 12);

        sut.Update(Times.Day(4), 6);
        // fast 3.5 + (6-3.5)*2/3 = 31/6; slow 3 + 3/2 = 4.5; line 2/3; signal 1/2 + (2/3-1/2)*2/3 = 11/18; hist 1/18
        Assert.Equal(2.0 / 3, sut.Current!.Value, 12);
        Assert.Equal(11.0 / 18, sut.Signal!.Value, 12);
        Assert.Equal(1.0 / 18, sut.Histogram!.Value, 12);

        sut.Update(Times.Day(5), 10);
        // fast 31/6 + (10-31/6)*2/3 = 151/18; slow 4.5 + 5.5/2 = 7.25; line 41/36; signal 11/18 + (41/36-22/36)*2/3 = 26/27
        Assert.Equal(151.0 / 18, sut.Fast!.Value, 12);
        Assert.Equal(41.0 / 36, sut.Current!.Value, 12);
        Assert.Equal(26.0 / 27, sut.Signal!.Value, 12);
        Assert.Equal(19.0 / 108, sut.Histogram!.Value, 12);
    }

    [Fact]
    public void Fast_AtFirstValue_IsSeededOnTheSlowWindowsTailNotOnTheFirstInputs()
    {
        var sut = new MovingAverageConvergenceDivergence(2, 3, 1);
        var standalone = new ExponentialMovingAverage(2);

        foreach (var value in Times.Daily(4, 1, 3))
        {
            sut.Update(value.Time, value.Value);
            standalone.Update(value.Time, value.Value);
        }

        // TA-Lib: mean(1, 3) = 2. A standalone EMA(2) seeds on (4, 1) = 2.5, then 2.5 + (3 - 2.5) * 2/3 = 17/6.
        Assert.Equal(2.0, sut.Fast);
        Assert.Equal(17.0 / 6, standalone.Current!.Value, 12);
    }

    [Fact]
    public void WarmUpPeriod_Default_IsThirtyFourAsTaLibLookbackPlusOne()
    {
        var sut = new MovingAverageConvergenceDivergence();

        Assert.Equal(34, sut.WarmUpPeriod);
        Assert.Equal("MACD(12,26,9)", sut.Name);
    }

    [Fact]
    public void Update_SpxDailySince1990_MatchesTaLibWithin1e9Relative()
    {
        AssertMatchesTaLib(Series.SpxDaily);
    }

    [Fact]
    public void Update_VixDaily_MatchesTaLibWithin1e9Relative()
    {
        AssertMatchesTaLib(Series.VixDaily);
    }

    [Theory]
    [MemberData(nameof(TaLibGoldenFile.Files), MemberType = typeof(TaLibGoldenFile))]
    public void Update_FullHistory_MatchesTaLibGoldenFileWithin1e9RelativeAndToTheBit(string file)
    {
        var sut = new MovingAverageConvergenceDivergence();

        var rows = TaLibGoldenFile.Replay(
            file,
            bar => sut.Update(bar),
            row =>
            {
                Numbers.AssertRelative(row.Macd, sut.Current!.Value, 1e-9, $"MACD on {row.Date}");
                Numbers.AssertRelative(row.MacdSignal, sut.Signal!.Value, 1e-9, $"signal on {row.Date}");
                Numbers.AssertRelative(row.MacdHistogram, sut.Histogram!.Value, 1e-9, $"histogram on {row.Date}");
                Numbers.AssertBitEqual([row.Macd, row.MacdSignal, row.MacdHistogram], [sut.Current, sut.Signal, sut.Histogram], $"MACD on {row.Date}");
            });

        Assert.Equal(250, rows);
    }

    [Theory]
    [InlineData(0, 26, 9, "fastPeriod")]
    [InlineData(12, 12, 9, "slowPeriod")]
    [InlineData(12, 26, 0, "signalPeriod")]
    public void Constructor_BadPeriods_ThrowNamingTheParameter(int fast, int slow, int signal, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new MovingAverageConvergenceDivergence(fast, slow, signal));

        Assert.Equal(parameter, error.ParamName);
    }

    private static void AssertMatchesTaLib(IReadOnlyList<Bar> bars)
    {
        var (macd, signal, histogram) = TaLibReference.Macd(Series.Values(bars), 12, 26, 9);
        var sut = new MovingAverageConvergenceDivergence();
        var compared = 0;

        for (var i = 0; i < bars.Count; i++)
        {
            sut.Update(bars[i]);
            if (macd[i] is null)
            {
                Assert.Null(sut.Current);
                Assert.Null(sut.Histogram);
                continue;
            }

            var where = $"MACD at {bars[i].TradeDate}";
            Numbers.AssertRelative(macd[i]!.Value, sut.Current!.Value, 1e-9, where + " line");
            Numbers.AssertRelative(signal[i]!.Value, sut.Signal!.Value, 1e-9, where + " signal");
            Numbers.AssertRelative(histogram[i]!.Value, sut.Histogram!.Value, 1e-9, where + " histogram");
            compared++;
        }

        Assert.Equal(bars.Count - 33, compared);
    }
}
