using VixShield.Live.Indicators.Tests.Support;
using VixShield.Live.Indicators.Volatility;

namespace VixShield.Live.Indicators.Tests.Volatility;

public sealed class TermStructureRatioTests
{
    [Theory]
    [InlineData(22.0, 20.0, 1.1, true)]
    [InlineData(18.0, 20.0, 0.9, false)]
    [InlineData(20.0, 20.0, 1.0, false)]
    public void Current_NearOverFar_BackwardationAboveOne(double vix, double vix3m, double ratio, bool backwardation)
    {
        var sut = new TermStructureRatio();

        sut.UpdateNearTerm(Times.Day(0), vix);
        sut.UpdateFarTerm(Times.Day(0), vix3m);

        Assert.Equal(ratio, sut.Current!.Value, 12);
        Assert.Equal(backwardation, sut.IsBackwardation);
        Assert.Equal("VIX/VIX3M", sut.Name);
    }

    [Fact]
    public void Current_OnlyOneLevel_IsNullAndNotBackwardation()
    {
        var sut = new TermStructureRatio();

        sut.UpdateNearTerm(Times.Day(0), 40);

        Assert.Null(sut.Current);
        Assert.False(sut.IsBackwardation);
        Assert.False(sut.IsReady);
    }

    [Fact]
    public void UpdateFarTerm_EarlierTime_ThrowsKeepingState()
    {
        var sut = new TermStructureRatio();
        sut.UpdateNearTerm(Times.Day(3), 20);
        sut.UpdateFarTerm(Times.Day(3), 25);

        Assert.Throws<ArgumentException>(() => sut.UpdateFarTerm(Times.Day(2), 10));

        Assert.Equal(0.8, sut.Current!.Value, 12);
    }

    [Fact]
    public void UpdateNearTerm_Zero_ThrowsKeepingState()
    {
        var sut = new TermStructureRatio();
        sut.UpdateNearTerm(Times.Day(0), 20);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => sut.UpdateNearTerm(Times.Day(1), 0));

        Assert.Equal("level", error.ParamName);
        Assert.Equal(20, sut.NearTerm);
    }
}
