using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Domain.Tests.Pricing;

public sealed class PriceConversionTests
{
    [Theory]
    [InlineData(1.23456, "1.2346")]
    [InlineData(0.00004, "0.0000")]
    [InlineData(-2.00005, "-2.0001")]
    public void ToPrice_FiniteValue_RoundsToFourPlaces(double value, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PriceConversion.ToPrice(value));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e30)]
    public void ToPrice_NotRepresentable_Throws(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PriceConversion.ToPrice(value));
    }
}
