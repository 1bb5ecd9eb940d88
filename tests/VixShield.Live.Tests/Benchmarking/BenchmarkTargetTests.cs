using VixShield.Live.Benchmarking;

namespace VixShield.Live.Tests.Benchmarking;

public sealed class BenchmarkTargetTests
{
    [Theory]
    [InlineData(9.99, FigureStatus.Pass)]
    [InlineData(10.0, FigureStatus.Pass)]
    [InlineData(11.5, FigureStatus.WithinNoise)]
    [InlineData(12.0, FigureStatus.WithinNoise)]
    [InlineData(12.01, FigureStatus.Fail)]
    public void Judge_AtMostTenWithTwentyPercentMargin_FailsOnlyBeyondTwelve(double value, FigureStatus expected)
    {
        var sut = BenchmarkTarget.AtMost(10, 20);

        Assert.Equal(expected, sut.Judge(value));
    }

    [Theory]
    [InlineData(5_000_000, FigureStatus.Pass)]
    [InlineData(4_000_000, FigureStatus.WithinNoise)]
    [InlineData(3_999_999, FigureStatus.Fail)]
    public void Judge_AtLeastFiveMillionWithTwentyPercentMargin_FailsOnlyBelowFourMillion(double value, FigureStatus expected)
    {
        var sut = BenchmarkTarget.AtLeast(5_000_000, 20);

        Assert.Equal(expected, sut.Judge(value));
    }

    [Fact]
    public void Judge_ZeroBytesWithNoMargin_OneByteFails()
    {
        var sut = BenchmarkTarget.AtMost(0, BenchmarkTarget.ExactNoiseMarginPercent);

        Assert.Equal(FigureStatus.Pass, sut.Judge(0));
        Assert.Equal(FigureStatus.Fail, sut.Judge(1));
    }

    [Fact]
    public void Judge_NotANumber_Fails()
    {
        var sut = BenchmarkTarget.AtMost(100, 20);

        Assert.Equal(FigureStatus.Fail, sut.Judge(double.NaN));
    }
}
