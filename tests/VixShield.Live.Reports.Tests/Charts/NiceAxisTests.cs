using VixShield.Live.Reports.Charts;

namespace VixShield.Live.Reports.Tests.Charts;

public class NiceAxisTests
{
    [Theory]
    [InlineData(0.3, 0.5)]
    [InlineData(1.0, 1.0)]
    [InlineData(1.2, 2.0)]
    [InlineData(2.0, 2.0)]
    [InlineData(3.1, 5.0)]
    [InlineData(7.0, 10.0)]
    [InlineData(4_200.0, 5_000.0)]
    public void NiceStep_Rough_SmallestOneTwoFiveAtOrAbove(double rough, double expected)
    {
        Assert.Equal(expected, NiceAxis.NiceStep(rough), 9);
    }

    [Fact]
    public void For_ZeroToNinetySeven_TicksEveryTwentyToOneHundred()
    {
        var sut = NiceAxis.For(0, 97, 5);

        Assert.Equal(20, sut.Step, 12);
        Assert.Equal([0.0, 20, 40, 60, 80, 100], sut.Ticks);
    }

    [Fact]
    public void For_EquityRange_CoversDataWithRoundEnds()
    {
        var sut = NiceAxis.For(93_250, 131_700, 6);

        Assert.Equal(10_000, sut.Step, 12);
        Assert.Equal(90_000, sut.Minimum, 12);
        Assert.Equal(140_000, sut.Maximum, 12);
        Assert.True(sut.Ticks.Count - 1 <= 6);
    }

    [Fact]
    public void For_NegativeRange_IncludesZeroWhenTheDataEndsThere()
    {
        var sut = NiceAxis.For(-1_234, 0, 6);

        Assert.Equal(0, sut.Maximum, 12);
        Assert.True(sut.Minimum <= -1_234);
        Assert.True(sut.Ticks.Count - 1 <= 6);
    }

    [Fact]
    public void For_FlatRange_IsWidened()
    {
        var sut = NiceAxis.For(100_000, 100_000, 6);

        Assert.True(sut.Minimum < 100_000 && sut.Maximum > 100_000);
    }
}
