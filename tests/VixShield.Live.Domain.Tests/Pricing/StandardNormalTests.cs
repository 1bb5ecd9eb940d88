using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Domain.Tests.Pricing;

public sealed class StandardNormalTests
{
    // Reference values: 0.5 * erfc(-x / sqrt 2) from Python's math.erfc (tolerance 1e-15 absolute).
    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.0, 0.8413447460685429)]
    [InlineData(-1.0, 0.15865525393145707)]
    [InlineData(1.959963984540054, 0.975)]
    [InlineData(-3.0, 0.0013498980316300957)]
    [InlineData(5.0, 0.9999997133484281)]
    public void CumulativeDistribution_KnownPoint_MatchesReference(double x, double expected)
    {
        Assert.Equal(expected, StandardNormal.CumulativeDistribution(x), 1e-15);
    }

    [Fact]
    public void CumulativeDistribution_DeepTail_KeepsRelativeAccuracy()
    {
        // N(-10) = 7.619853024160593e-24 (Python math.erfc); relative tolerance 1e-7.
        var sut = StandardNormal.CumulativeDistribution(-10.0);

        Assert.Equal(1.0, sut / 7.619853024160593e-24, 1e-7);
    }

    [Fact]
    public void Density_AtZero_IsOneOverSquareRootOfTwoPi()
    {
        Assert.Equal(1.0 / Math.Sqrt(2.0 * Math.PI), StandardNormal.Density(0.0), 1e-16);
    }
}
