using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Domain.Tests.Pricing;

public sealed class SpxVolatilityModelTests
{
    private const double Day = 1.0 / 365.0;
    private static readonly VolatilityTermStructure Vix16 = new(new VolatilityIndexLevels(16m));

    [Fact]
    public void Volatility_AtTheForward_IsIndexTimesRatio()
    {
        var sut = new SpxVolatilityModel(new PricingOptions { AtmVolatilityToIndexRatio = 0.9 });
        var forward = sut.Forward(6000.0, Day);

        Assert.Equal(0.144, sut.Volatility(6000.0, forward, Day, Vix16), 1e-12);
    }

    [Fact]
    public void Volatility_SameDistanceEitherSide_PutWingRicherThanCallWing()
    {
        var sut = new SpxVolatilityModel(new PricingOptions());
        var forward = sut.Forward(6000.0, Day);

        var put = sut.Volatility(6000.0, forward - 60.0, Day, Vix16);
        var call = sut.Volatility(6000.0, forward + 60.0, Day, Vix16);
        var atm = sut.AtmVolatility(Day, Vix16);

        Assert.True(put > atm && atm > call, $"put {put}, ATM {atm}, call {call}");
    }

    [Fact]
    public void Volatility_OneStandardDeviationBelow_AddsPutSlope()
    {
        var sut = new SpxVolatilityModel(new PricingOptions { AtmVolatilityToIndexRatio = 1.0, PutWingSlope = 0.3, RiskFreeRate = 0.0, DividendYield = 0.0 });
        var deviation = 0.16 * Math.Sqrt(Day);
        var strike = 6000.0 * Math.Exp(-deviation);

        Assert.Equal(0.16 * 1.3, sut.Volatility(6000.0, strike, Day, Vix16), 1e-12);
    }

    [Fact]
    public void Volatility_BeyondWingLimit_IsHeldFlat()
    {
        var sut = new SpxVolatilityModel(new PricingOptions { WingLimitStandardDeviations = 3.0 });

        var atLimit = sut.Volatility(6000.0, 5000.0, Day, Vix16);
        var further = sut.Volatility(6000.0, 4000.0, Day, Vix16);

        Assert.Equal(atLimit, further, 1e-15);
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsNamingFieldAndValue()
    {
        var error = Assert.Throws<ArgumentException>(() => new SpxVolatilityModel(new PricingOptions { DividendYield = double.NaN, MinimumVolatility = 0 }));

        Assert.Contains("Pricing:DividendYield is NaN", error.Message, StringComparison.Ordinal);
        Assert.Contains("Pricing:MinimumVolatility is 0", error.Message, StringComparison.Ordinal);
    }
}
