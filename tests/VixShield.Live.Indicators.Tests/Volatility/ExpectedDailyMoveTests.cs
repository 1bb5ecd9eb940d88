using VixShield.Live.Indicators.Tests.Support;
using VixShield.Live.Indicators.Volatility;

namespace VixShield.Live.Indicators.Tests.Volatility;

public sealed class ExpectedDailyMoveTests
{
    [Fact]
    public void Current_Spx5000Vix20_IsSpxTimesVixOver100OverSqrt252()
    {
        var sut = new ExpectedDailyMove();

        sut.UpdateUnderlying(Times.Day(0), 5000);
        Assert.False(sut.IsReady);
        Assert.Null(sut.Current);
        var ready = sut.UpdateVolatilityIndex(Times.Day(0), 20);

        // 5000 * 0.20 / sqrt(252) = 1000 / 15.874507866... = 62.994078...
        Assert.True(ready);
        Assert.Equal(62.99407883487120, sut.Current!.Value, 10);
        Assert.Equal(2, sut.Samples);
    }

    [Fact]
    public void MoveInSigmas_PriceBelowReference_IsNegativeMoveOverSigma()
    {
        var sut = new ExpectedDailyMove();
        sut.UpdateVolatilityIndex(Times.Day(0), 16);
        sut.UpdateUnderlying(Times.Day(0), 6300);

        var move = sut.MoveInSigmas(6363);

        // sigma = 6300 * 0.16 / sqrt(252) = 63.4980...; (6300 - 6363) / sigma = -0.99216...
        Assert.Equal(-63 / (6300 * 0.16 / Math.Sqrt(252)), move!.Value, 12);
    }

    [Fact]
    public void MoveInSigmas_BeforeReady_IsNull()
    {
        var sut = new ExpectedDailyMove();
        sut.UpdateUnderlying(Times.Day(0), 5000);

        Assert.Null(sut.MoveInSigmas(5000));
    }

    [Fact]
    public void UpdateUnderlying_SameTime_ReplacesAndEarlierTimeThrowsKeepingState()
    {
        var sut = new ExpectedDailyMove();
        sut.UpdateVolatilityIndex(Times.Day(1), 20);
        sut.UpdateUnderlying(Times.Day(1), 5000);
        sut.UpdateUnderlying(Times.Day(1), 5100);
        var sigma = sut.Current;

        var error = Assert.Throws<ArgumentException>(() => sut.UpdateUnderlying(Times.Day(0), 4000));

        Assert.Equal(5100, sut.Underlying);
        Assert.Equal(sigma, sut.Current);
        Assert.Contains(Times.Day(0).ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains(Times.Day(1).ToString(), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void UpdateVolatilityIndex_NotPositiveFinite_ThrowsKeepingState(double level)
    {
        var sut = new ExpectedDailyMove();
        sut.UpdateVolatilityIndex(Times.Day(0), 20);

        Assert.Throws<ArgumentOutOfRangeException>(() => sut.UpdateVolatilityIndex(Times.Day(1), level));

        Assert.Equal(20, sut.VolatilityIndex);
        Assert.Equal(1, sut.Samples);
    }

    [Fact]
    public void Reset_AfterUpdates_ForgetsBothLevels()
    {
        var sut = new ExpectedDailyMove();
        sut.UpdateVolatilityIndex(Times.Day(5), 20);
        sut.UpdateUnderlying(Times.Day(5), 5000);

        sut.Reset();

        Assert.False(sut.IsReady);
        Assert.Null(sut.Underlying);
        sut.UpdateUnderlying(Times.Day(0), 4000);
        Assert.Equal(4000, sut.Underlying);
    }
}
