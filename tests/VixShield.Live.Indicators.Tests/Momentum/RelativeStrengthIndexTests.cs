using VixShield.Live.Indicators.Momentum;
using VixShield.Live.Indicators.Tests.Support;

namespace VixShield.Live.Indicators.Tests.Momentum;

public sealed class RelativeStrengthIndexTests : ScalarIndicatorContractTests<RelativeStrengthIndex>
{
    protected override RelativeStrengthIndex CreateIndicator() => new();

    protected override double?[] Observe(RelativeStrengthIndex sut) => [sut.Current, sut.AverageGain, sut.AverageLoss];

    protected override double?[][] Batch(IReadOnlyList<TimedValue> inputs) => BatchKernels.Rsi(Values(inputs), 14);

    [Fact]
    public void Update_PeriodThree_MatchesWilderByHand()
    {
        var sut = new RelativeStrengthIndex(3);

        var values = Run(sut, 10, 11, 10.5, 12, 11, 13);

        // changes +1, -0.5, +1.5, -1, +2
        // seed: gain (1 + 1.5) / 3 = 5/6, loss 0.5 / 3 = 1/6 -> RSI 100 * (5/6) / 1 = 250/3
        // -1: gain (5/6 * 2 + 0) / 3 = 5/9, loss (1/6 * 2 + 1) / 3 = 4/9 -> RSI 500/9
        // +2: gain (5/9 * 2 + 2) / 3 = 28/27, loss (4/9 * 2) / 3 = 8/27 -> RSI 100 * 28/36 = 700/9
        Assert.Null(values[2]);
        Assert.Equal(250.0 / 3, values[3]!.Value, 10);
        Assert.Equal(500.0 / 9, values[4]!.Value, 10);
        Assert.Equal(700.0 / 9, values[5]!.Value, 10);
        Assert.Equal(28.0 / 27, sut.AverageGain!.Value, 12);
        Assert.Equal(8.0 / 27, sut.AverageLoss!.Value, 12);
    }

    [Fact]
    public void Update_OnlyRises_Is100AndOnlyFalls_Is0()
    {
        var rising = new RelativeStrengthIndex(2);
        var falling = new RelativeStrengthIndex(2);

        var up = Run(rising, 1, 2, 3, 4);
        var down = Run(falling, 4, 3, 2, 1);

        Assert.Equal(100.0, up[3]);
        Assert.Equal(0.0, down[3]);
    }

    [Fact]
    public void Update_FlatSeries_IsNeutral50NotTaLibZero()
    {
        var sut = new RelativeStrengthIndex(3);

        var values = Run(sut, 5, 5, 5, 5, 5);

        Assert.Equal(50.0, values[3]);
        Assert.Equal(50.0, values[4]);
    }

    [Fact]
    public void Update_SpxDailySince1990_MatchesTaLibWithin1e9Relative()
    {
        AssertMatchesTaLib(Series.SpxDaily);
    }

    [Fact]
    public void Update_SpxFiveMinuteBars_MatchesTaLibWithin1e9Relative()
    {
        AssertMatchesTaLib(Series.SpxFiveMinute);
    }

    [Theory]
    [MemberData(nameof(TaLibGoldenFile.Files), MemberType = typeof(TaLibGoldenFile))]
    public void Update_FullHistory_MatchesTaLibGoldenFileWithin1e9RelativeAndToTheBit(string file)
    {
        var sut = new RelativeStrengthIndex();

        var rows = TaLibGoldenFile.Replay(
            file,
            bar => sut.Update(bar),
            row =>
            {
                Numbers.AssertRelative(row.Rsi14, sut.Current!.Value, 1e-9, $"RSI14 on {row.Date}");
                Numbers.AssertBitEqual([row.Rsi14], [sut.Current], $"RSI14 on {row.Date}");
            });

        Assert.Equal(250, rows);
    }

    [Fact]
    public void Constructor_PeriodOne_ThrowsNamingPeriod()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RelativeStrengthIndex(1));

        Assert.Equal("period", error.ParamName);
    }

    private static void AssertMatchesTaLib(IReadOnlyList<VixShield.Live.Domain.MarketData.Bar> bars)
    {
        var expected = TaLibReference.Rsi(Series.Values(bars), 14);
        var sut = new RelativeStrengthIndex(14);

        for (var i = 0; i < bars.Count; i++)
        {
            sut.Update(bars[i]);
            if (expected[i] is { } value)
            {
                Numbers.AssertRelative(value, sut.Current!.Value, 1e-9, $"RSI(14) at {bars[i].End}");
            }
            else
            {
                Assert.Null(sut.Current);
            }
        }
    }
}
