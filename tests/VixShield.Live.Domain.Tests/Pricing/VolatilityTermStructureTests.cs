using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Domain.Tests.Pricing;

public sealed class VolatilityTermStructureTests
{
    private const double Day = 1.0 / 365.0;

    [Fact]
    public void ImpliedVolatility_OneDayWithVixOnly_IsVix()
    {
        var sut = new VolatilityTermStructure(new VolatilityIndexLevels(16.2m));

        Assert.Equal(0.162, sut.ImpliedVolatility(Day), 1e-12);
    }

    [Fact]
    public void ImpliedVolatility_OneDayWithVix9d_IsVix9d()
    {
        var sut = new VolatilityTermStructure(new VolatilityIndexLevels(16.2m, Vix9d: 14.8m));

        Assert.Equal(0.148, sut.ImpliedVolatility(Day), 1e-12);
    }

    [Fact]
    public void ImpliedVolatility_AtPillars_ReturnsEachIndex()
    {
        var sut = new VolatilityTermStructure(new VolatilityIndexLevels(16m, 14m, 18m, 19.5m));

        Assert.Equal(0.14, sut.ImpliedVolatility(9 * Day), 1e-12);
        Assert.Equal(0.16, sut.ImpliedVolatility(30 * Day), 1e-12);
        Assert.Equal(0.18, sut.ImpliedVolatility(93 * Day), 1e-12);
        Assert.Equal(0.195, sut.ImpliedVolatility(183 * Day), 1e-12);
    }

    [Fact]
    public void ImpliedVolatility_BetweenPillars_InterpolatesTotalVarianceLinearly()
    {
        var sut = new VolatilityTermStructure(new VolatilityIndexLevels(16m, Vix3m: 18m));

        // 60 days lies 30/63 of the way from the VIX pillar (30 d) to the VIX3M pillar (93 d) in variance-time.
        var variance30 = 0.16 * 0.16 * 30;
        var variance93 = 0.18 * 0.18 * 93;
        var expected = Math.Sqrt((variance30 + ((variance93 - variance30) * 30.0 / 63.0)) / 60.0);
        Assert.Equal(expected, sut.ImpliedVolatility(60 * Day), 1e-12);
    }

    [Fact]
    public void VixFuturesLevel_AtExpiryNow_IsSpotVix()
    {
        var sut = new VolatilityTermStructure(new VolatilityIndexLevels(16m, Vix3m: 19m, Vix6m: 21m));

        Assert.Equal(16.0, sut.VixFuturesLevel(0.0), 1e-9);
    }

    [Fact]
    public void VixFuturesLevel_FlatTermStructure_IsFlat()
    {
        var sut = new VolatilityTermStructure(new VolatilityIndexLevels(20m, Vix3m: 20m, Vix6m: 20m));

        Assert.Equal(20.0, sut.VixFuturesLevel(45 * Day), 1e-9);
        Assert.Equal(20.0, sut.VixFuturesLevel(300 * Day), 1e-9);
    }

    [Fact]
    public void VixFuturesLevel_Contango_RisesWithExpiryAndEqualsForwardVolatility()
    {
        var sut = new VolatilityTermStructure(new VolatilityIndexLevels(15m, Vix3m: 18m, Vix6m: 20m));

        var oneMonth = sut.VixFuturesLevel(30 * Day);
        var fourMonths = sut.VixFuturesLevel(120 * Day);

        Assert.True(oneMonth > 15.0 && fourMonths > oneMonth, $"1M {oneMonth}, 4M {fourMonths}");
        // From 30 to 60 days the whole window lies between the VIX and VIX3M pillars: forward variance is that segment's slope.
        var slope = ((0.18 * 0.18 * 93) - (0.15 * 0.15 * 30)) / 63.0;
        Assert.Equal(100.0 * Math.Sqrt(slope), oneMonth, 1e-9);
    }

    [Fact]
    public void Constructor_NonPositiveVix_ThrowsNamingTheLevel()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new VolatilityTermStructure(new VolatilityIndexLevels(0m)));

        Assert.Contains("VIX", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TotalVariance_InvertedBeyondNoArbitrage_StaysIncreasing()
    {
        var sut = new VolatilityTermStructure(new VolatilityIndexLevels(60m, Vix3m: 20m));

        Assert.True(sut.TotalVariance(93 * Day) > sut.TotalVariance(30 * Day));
    }

    [Fact]
    public void ImpliedVolatility_DefaultInstance_Throws()
    {
        var sut = default(VolatilityTermStructure);

        Assert.Throws<InvalidOperationException>(() => sut.ImpliedVolatility(Day));
    }
}
