using VixShield.Live.Indicators.Averages;
using VixShield.Live.Indicators.Tests.Support;

namespace VixShield.Live.Indicators.Tests.Averages;

public sealed class SimpleMovingAverageTests : ScalarIndicatorContractTests<SimpleMovingAverage>
{
    protected override SimpleMovingAverage CreateIndicator() => new(20);

    protected override double?[][] Batch(IReadOnlyList<TimedValue> inputs) => BatchKernels.Rows(BatchKernels.Sma(Values(inputs), 20));

    [Fact]
    public void Update_FiveValuesPeriodThree_AveragesLatestThree()
    {
        var sut = new SimpleMovingAverage(3);

        var values = Run(sut, 1, 2, 3, 4, 10);

        // (1+2+3)/3 = 2, (2+3+4)/3 = 3, (3+4+10)/3 = 17/3
        Assert.Equal(new double?[] { null, null, 2.0, 3.0, 17.0 / 3.0 }, values);
    }

    [Fact]
    public void Update_SpxDailySince1990_MatchesTaLibWithin1e9Relative()
    {
        var closes = Series.Values(Series.SpxDaily);
        var expected = TaLibReference.Sma(closes, 20);
        var sut = new SimpleMovingAverage(20);

        for (var i = 0; i < closes.Length; i++)
        {
            sut.Update(Series.SpxDaily[i]);
            if (expected[i] is { } value)
            {
                Numbers.AssertRelative(value, sut.Current!.Value, 1e-9, $"SMA(20) at {Series.SpxDaily[i].TradeDate}");
            }
            else
            {
                Assert.Null(sut.Current);
            }
        }
    }
}
