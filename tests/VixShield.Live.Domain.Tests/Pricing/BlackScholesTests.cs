using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Domain.Tests.Pricing;

public sealed class BlackScholesTests
{
    public static TheoryData<double, double, double, double, double, double> Markets => new()
    {
        // spot, strike, years, volatility, rate, dividend yield
        { 42.0, 40.0, 0.5, 0.2, 0.10, 0.0 },
        { 6000.0, 5950.0, 1.0 / 365.0, 0.15, 0.04, 0.013 },
        { 6000.0, 6100.0, 3.0 / 365.0, 0.25, 0.04, 0.013 },
        { 100.0, 95.0, 0.5, 0.2, 0.10, 0.05 },
        { 100.0, 130.0, 2.0, 0.6, 0.01, 0.03 },
    };

    [Fact]
    public void Evaluate_HullExample15_6_MatchesTextbookPrices()
    {
        // Hull, Options, Futures and Other Derivatives: S=42, K=40, r=10%, sigma=20%, T=0.5 gives c = 4.76, p = 0.81.
        var call = BlackScholes.Price(OptionRight.Call, 42.0, 40.0, 0.5, 0.2, 0.10, 0.0);
        var put = BlackScholes.Price(OptionRight.Put, 42.0, 40.0, 0.5, 0.2, 0.10, 0.0);

        Assert.Equal(4.76, call, 0.005);
        Assert.Equal(0.81, put, 0.005);
    }

    [Fact]
    public void Evaluate_HullGreeksExample_MatchesTextbookGreeks()
    {
        // Hull's running greeks example: S=49, K=50, r=5%, sigma=20%, T=20 weeks: c = 2.40, delta 0.522, gamma 0.066,
        // vega 12.1 (per 1.00 of volatility), theta -4.31 per year.
        var sut = BlackScholes.Evaluate(OptionRight.Call, 49.0, 50.0, 20.0 / 52.0, 0.2, 0.05, 0.0);

        Assert.Equal(2.40, sut.Price, 0.005);
        Assert.Equal(0.522, sut.Delta, 0.0005);
        Assert.Equal(0.066, sut.Gamma, 0.0005);
        Assert.Equal(12.1, sut.Vega, 0.05);
        Assert.Equal(-4.31, sut.Theta, 0.005);
    }

    [Fact]
    public void Price_HaugMertonIndexPutExample_MatchesTextbookValue()
    {
        // Haug, The Complete Guide to Option Pricing Formulas (Merton 1973): S=100, K=95, T=0.5, r=10%, q=5%, sigma=20%: p = 2.4648.
        var sut = BlackScholes.Price(OptionRight.Put, 100.0, 95.0, 0.5, 0.2, 0.10, 0.05);

        Assert.Equal(2.4648, sut, 0.00005);
    }

    [Theory]
    [MemberData(nameof(Markets))]
    public void Price_AnyMarket_SatisfiesPutCallParity(double spot, double strike, double years, double volatility, double rate, double dividendYield)
    {
        var call = BlackScholes.Price(OptionRight.Call, spot, strike, years, volatility, rate, dividendYield);
        var put = BlackScholes.Price(OptionRight.Put, spot, strike, years, volatility, rate, dividendYield);

        var parity = (spot * Math.Exp(-dividendYield * years)) - (strike * Math.Exp(-rate * years));
        Assert.Equal(parity, call - put, 1e-9 * spot);
    }

    [Theory]
    [MemberData(nameof(Markets))]
    public void Evaluate_AnyMarket_GreeksMatchFiniteDifferences(double spot, double strike, double years, double volatility, double rate, double dividendYield)
    {
        foreach (var right in new[] { OptionRight.Put, OptionRight.Call })
        {
            double Price(double s, double t, double v) => BlackScholes.Price(right, s, strike, t, v, rate, dividendYield);
            var ds = spot * 1e-5;
            var dv = 1e-5;
            var dt = years * 1e-4;

            var sut = BlackScholes.Evaluate(right, spot, strike, years, volatility, rate, dividendYield);

            var delta = (Price(spot + ds, years, volatility) - Price(spot - ds, years, volatility)) / (2 * ds);
            var gamma = (Price(spot + ds, years, volatility) - (2 * Price(spot, years, volatility)) + Price(spot - ds, years, volatility)) / (ds * ds);
            var vega = (Price(spot, years, volatility + dv) - Price(spot, years, volatility - dv)) / (2 * dv);
            var theta = -(Price(spot, years + dt, volatility) - Price(spot, years - dt, volatility)) / (2 * dt);
            Assert.Equal(delta, sut.Delta, 1e-6);
            Assert.Equal(gamma, sut.Gamma, Math.Max(1e-5 * Math.Abs(gamma), 1e-7));
            Assert.Equal(vega, sut.Vega, Math.Max(1e-6 * Math.Abs(vega), 1e-7));
            Assert.Equal(theta, sut.Theta, Math.Max(1e-5 * Math.Abs(theta), 1e-6));
        }
    }

    [Theory]
    [InlineData(OptionRight.Call, 6010.0, 6000.0, 10.0, 1.0)]
    [InlineData(OptionRight.Call, 5990.0, 6000.0, 0.0, 0.0)]
    [InlineData(OptionRight.Put, 5990.0, 6000.0, 10.0, -1.0)]
    [InlineData(OptionRight.Put, 6010.0, 6000.0, 0.0, 0.0)]
    public void Evaluate_AtExpiry_ReturnsIntrinsicValueAndStepDelta(OptionRight right, double spot, double strike, double expectedPrice, double expectedDelta)
    {
        var sut = BlackScholes.Evaluate(right, spot, strike, 0.0, 0.2, 0.04, 0.013);

        Assert.Equal(expectedPrice, sut.Price, 1e-9);
        Assert.Equal(expectedDelta, sut.Delta, 1e-12);
        Assert.Equal(0.0, sut.Gamma);
        Assert.Equal(0.0, sut.Vega);
    }

    [Theory]
    [InlineData(-1.0, 100.0, 0.2)]
    [InlineData(double.NaN, 100.0, 0.2)]
    [InlineData(100.0, 0.0, 0.2)]
    [InlineData(100.0, 100.0, -0.1)]
    [InlineData(100.0, 100.0, double.PositiveInfinity)]
    public void Evaluate_InvalidInput_ThrowsNamingTheArgument(double spot, double strike, double volatility)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => BlackScholes.Evaluate(OptionRight.Call, spot, strike, 0.5, volatility, 0.04, 0.0));

        Assert.Contains(error.ParamName!, new[] { "spot", "strike", "volatility" });
    }

    [Theory]
    [MemberData(nameof(Markets))]
    public void Delta_EveryRightAndExpiry_EqualsEvaluateDeltaBitForBit(double spot, double strike, double years, double volatility, double rate, double dividendYield)
    {
        foreach (var right in new[] { OptionRight.Call, OptionRight.Put })
        {
            foreach (var time in new[] { years, 0.0, -years })
            {
                var expected = BlackScholes.Evaluate(right, spot, strike, time, volatility, rate, dividendYield).Delta;

                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(BlackScholes.Delta(right, spot, strike, time, volatility, rate, dividendYield)));
            }
        }
    }
}
