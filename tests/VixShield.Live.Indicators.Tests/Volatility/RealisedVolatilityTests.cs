using VixShield.Live.Indicators.Tests.Support;
using VixShield.Live.Indicators.Volatility;

namespace VixShield.Live.Indicators.Tests.Volatility;

public sealed class RealisedVolatilityTests : ScalarIndicatorContractTests<RealisedVolatility>
{
    protected override RealisedVolatility CreateIndicator() => new();

    protected override double?[][] Batch(IReadOnlyList<TimedValue> inputs) =>
        BatchKernels.Rows(BatchKernels.RealisedVolatility(Values(inputs), 20, 252));

    [Fact]
    public void Update_TwoReturns_IsSampleDeviationTimesSqrt252()
    {
        var sut = new RealisedVolatility(2);

        var values = Run(sut, 100, 110, 99);

        // returns ln(1.1) and ln(0.9); the sample deviation of two numbers is |a - b| / sqrt(2)
        var expected = Math.Abs(Math.Log(1.1) - Math.Log(0.9)) / Math.Sqrt(2) * Math.Sqrt(252);
        Assert.Null(values[1]);
        Assert.Equal(expected, values[2]!.Value, 12);
    }

    [Fact]
    public void Update_ConstantGrowth_IsZero()
    {
        var sut = new RealisedVolatility(3);

        var values = Run(sut, 100, 200, 400, 800);

        Assert.Equal(0.0, values[3]!.Value, 12);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    public void Update_NonPositivePrice_ThrowsAndKeepsState(double price)
    {
        var sut = new RealisedVolatility(2);
        Run(sut, 100, 110, 99);
        var before = sut.Current;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => sut.Update(Times.Day(10), price));

        Assert.Equal("value", error.ParamName);
        Assert.Equal(3, sut.Samples);
        Assert.Equal(before, sut.Current);
    }
}
