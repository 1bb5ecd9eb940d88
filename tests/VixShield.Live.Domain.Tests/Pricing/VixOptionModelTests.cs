using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Domain.Tests.Pricing;

public sealed class VixOptionModelTests
{
    [Fact]
    public void VolatilityOfVolatility_WithVvix_IsVvixOverHundred()
    {
        var sut = new VixOptionModel(new PricingOptions());

        Assert.Equal(1.05, sut.VolatilityOfVolatility(new VolatilityIndexLevels(18m, Vvix: 105m)), 1e-12);
    }

    [Fact]
    public void VolatilityOfVolatility_WithoutVvix_IsConfiguredDefault()
    {
        var sut = new VixOptionModel(new PricingOptions { DefaultVolatilityOfVolatility = 0.8 });

        Assert.Equal(0.8, sut.VolatilityOfVolatility(new VolatilityIndexLevels(18m)), 1e-12);
    }

    [Fact]
    public void Volatility_OutOfTheMoneyCall_IsAboveAtTheMoney()
    {
        var sut = new VixOptionModel(new PricingOptions { VixSkewSlope = 0.5 });

        Assert.Equal(0.9, sut.Volatility(20.0, 20.0, 0.9), 1e-12);
        Assert.Equal(0.9 * (1.0 + (0.5 * Math.Log(26.0 / 20.0))), sut.Volatility(20.0, 26.0, 0.9), 1e-12);
    }

    [Theory]
    [InlineData(18.0, 0.08)]
    [InlineData(22.5, 0.3)]
    [InlineData(15.0, 0.0)]
    public void Delta_StrikesAroundTheFuture_EqualsEvaluateDeltaBitForBit(double futures, double years)
    {
        var sut = new VixOptionModel(new PricingOptions());
        var levels = new VolatilityIndexLevels(18m, Vvix: 96m);

        for (var strike = 5.0; strike <= 60.0; strike += 1.0)
        {
            var expected = sut.Evaluate(OptionRight.Call, futures, strike, years, in levels, out _).Delta;

            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(sut.Delta(OptionRight.Call, futures, strike, years, in levels)));
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(sut.Delta(OptionRight.Call, futures, strike, years, sut.VolatilityOfVolatility(in levels))));
        }
    }

    [Fact]
    public void Value_Call_EqualsBlack76AtModelVolatility()
    {
        var sut = new VixOptionModel(new PricingOptions());
        var levels = new VolatilityIndexLevels(17m, Vvix: 95m);

        var valuation = sut.Value(OptionRight.Call, 22m, 18.4m, 35.0 / 365.0, levels);

        var expected = Black76.Price(OptionRight.Call, 18.4, 22.0, 35.0 / 365.0, valuation.Volatility, PricingDefaults.RiskFreeRate);
        Assert.Equal(Math.Round(expected, 4), (double)valuation.Price, 1e-12);
        Assert.True(valuation.Delta is > 0.0 and < 0.5);
    }

    [Fact]
    public void FuturesLevel_CurveCoversExpiry_UsesQuote()
    {
        var curve = new VixFuturesCurve([new VixFuturesQuote(new NodaTime.LocalDate(2026, 8, 19), 19.5133m)]);
        var termStructure = new VolatilityTermStructure(new VolatilityIndexLevels(16m));

        var sut = VixOptionModel.FuturesLevel(new NodaTime.LocalDate(2026, 8, 19), 0.08, termStructure, curve);

        Assert.Equal(19.5133m, sut);
    }

    [Fact]
    public void FuturesLevel_NoCurve_UsesTermStructure()
    {
        var termStructure = new VolatilityTermStructure(new VolatilityIndexLevels(16m, Vix3m: 16m));

        var sut = VixOptionModel.FuturesLevel(new NodaTime.LocalDate(2026, 8, 19), 0.08, termStructure, curve: null);

        Assert.Equal(16m, sut);
    }
}
