using VixShield.Live.Indicators.Tests.Support;
using VixShield.Live.Indicators.Volatility;

namespace VixShield.Live.Indicators.Tests.Volatility;

public sealed class StandardDeviationTests : ScalarIndicatorContractTests<StandardDeviation>
{
    protected override StandardDeviation CreateIndicator() => new(20);

    protected override double?[][] Batch(IReadOnlyList<TimedValue> inputs) =>
        BatchKernels.Rows(BatchKernels.StandardDeviation(Values(inputs), 20, DeviationBasis.Population));

    [Fact]
    public void Update_ClassicEightValues_PopulationIsTwo()
    {
        var sut = new StandardDeviation(8);

        var values = Run(sut, 2, 4, 4, 4, 5, 5, 7, 9);

        // mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32; 32 / 8 = 4; sqrt 2
        Assert.Null(values[6]);
        Assert.Equal(2.0, values[7]);
    }

    [Fact]
    public void Update_SampleBasis_DividesByNMinusOne()
    {
        var sut = new StandardDeviation(8, DeviationBasis.Sample);

        var values = Run(sut, 2, 4, 4, 4, 5, 5, 7, 9);

        Assert.Equal(Math.Sqrt(32.0 / 7), values[7]!.Value, 12);
    }

    [Fact]
    public void Update_WindowSlides_DropsOldestValue()
    {
        var sut = new StandardDeviation(2);

        var values = Run(sut, 1, 3, 3, 10);

        // (1,3): mean 2, deviations 1 -> 1; (3,3): 0; (3,10): mean 6.5, deviation 3.5
        Assert.Equal(new double?[] { null, 1.0, 0.0, 3.5 }, values);
    }

    [Fact]
    public void Update_SpxDailySince1990_MatchesTextbookPopulationDeviationWithin1e9Relative()
    {
        var closes = Series.Values(Series.SpxDaily);
        var expected = TaLibReference.StandardDeviation(closes, 20);
        var sut = new StandardDeviation(20);

        for (var i = 0; i < closes.Length; i++)
        {
            sut.Update(Series.SpxDaily[i]);
            if (expected[i] is { } value)
            {
                Numbers.AssertRelative(value, sut.Current!.Value, 1e-9, $"STDDEV(20) at {Series.SpxDaily[i].TradeDate}");
            }
        }
    }
}
