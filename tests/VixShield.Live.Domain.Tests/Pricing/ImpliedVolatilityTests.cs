using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Domain.Tests.Pricing;

public sealed class ImpliedVolatilityTests
{
    private const double Spot = 6000.0;
    private const double Rate = 0.04;
    private const double DividendYield = 0.013;

    public static TheoryData<OptionRight, double, double, double> RoundTrips()
    {
        var data = new TheoryData<OptionRight, double, double, double>();
        foreach (var right in new[] { OptionRight.Put, OptionRight.Call })
        {
            foreach (var strike in new[] { 5700.0, 5900.0, 6000.0, 6050.0, 6200.0 })
            {
                foreach (var years in new[] { 1.0 / 365.0, 30.0 / 365.0, 1.0 })
                {
                    foreach (var volatility in new[] { 0.08, 0.18, 0.45, 1.5 })
                    {
                        // Only prices with some time value: at intrinsic value every small volatility gives the same price.
                        if (TimeValue(right, strike, years, volatility) > 1e-4)
                        {
                            data.Add(right, strike, years, volatility);
                        }
                    }
                }
            }
        }

        return data;
    }

    private static double TimeValue(OptionRight right, double strike, double years, double volatility)
    {
        var price = BlackScholes.Price(right, Spot, strike, years, volatility, Rate, DividendYield);
        var forwardIntrinsic = (Spot * Math.Exp(-DividendYield * years)) - (strike * Math.Exp(-Rate * years));
        return price - Math.Max(right == OptionRight.Call ? forwardIntrinsic : -forwardIntrinsic, 0.0);
    }

    [Theory]
    [MemberData(nameof(RoundTrips))]
    public void TrySolveBlackScholes_ModelPrice_RecoversVolatility(OptionRight right, double strike, double years, double volatility)
    {
        var price = BlackScholes.Price(right, Spot, strike, years, volatility, Rate, DividendYield);

        var solved = ImpliedVolatility.TrySolveBlackScholes(right, price, Spot, strike, years, Rate, DividendYield, out var sut, out var failure);

        Assert.True(solved, failure.ToString());
        Assert.Equal(ImpliedVolatilityFailure.None, failure);
        Assert.Equal(price, BlackScholes.Price(right, Spot, strike, years, sut, Rate, DividendYield), 1e-9);
        Assert.Equal(volatility, sut, 1e-6);
    }

    [Fact]
    public void TrySolveBlack76_ModelPrice_RecoversVolatility()
    {
        var price = Black76.Price(OptionRight.Call, 19.5, 25.0, 35.0 / 365.0, 1.05, 0.04);

        var solved = ImpliedVolatility.TrySolveBlack76(OptionRight.Call, price, 19.5, 25.0, 35.0 / 365.0, 0.04, out var sut, out _);

        Assert.True(solved);
        Assert.Equal(1.05, sut, 1e-8);
    }

    [Fact]
    public void TrySolveBlackScholes_PriceBelowIntrinsic_FailsWithReason()
    {
        // A 6100 put with SPX at 6000 is worth at least its discounted intrinsic value, about 100.
        var solved = ImpliedVolatility.TrySolveBlackScholes(OptionRight.Put, 90.0, 6000.0, 6100.0, 1.0 / 365.0, 0.04, 0.013, out var sut, out var failure);

        Assert.False(solved);
        Assert.Equal(ImpliedVolatilityFailure.AtOrBelowIntrinsic, failure);
        Assert.True(double.IsNaN(sut));
    }

    [Fact]
    public void TrySolveBlackScholes_CallPriceAboveSpot_FailsWithReason()
    {
        var solved = ImpliedVolatility.TrySolveBlackScholes(OptionRight.Call, 6001.0, 6000.0, 6000.0, 0.5, 0.04, 0.013, out _, out var failure);

        Assert.False(solved);
        Assert.Equal(ImpliedVolatilityFailure.AtOrAboveUpperBound, failure);
    }

    [Theory]
    [InlineData(double.NaN, 6000.0, 0.1)]
    [InlineData(-1.0, 6000.0, 0.1)]
    [InlineData(5.0, 0.0, 0.1)]
    [InlineData(5.0, 6000.0, 0.0)]
    public void TrySolveBlackScholes_InvalidInput_FailsWithoutThrowing(double price, double spot, double years)
    {
        var solved = ImpliedVolatility.TrySolveBlackScholes(OptionRight.Call, price, spot, 6000.0, years, 0.04, 0.0, out _, out var failure);

        Assert.False(solved);
        Assert.Equal(ImpliedVolatilityFailure.InvalidInput, failure);
    }

    [Fact]
    public void SolveBlackScholes_NoSolution_ThrowsNamingPriceAndBound()
    {
        var error = Assert.Throws<ArgumentException>(() => ImpliedVolatility.SolveBlackScholes(OptionRight.Put, 90.0, 6000.0, 6100.0, 1.0 / 365.0, 0.04, 0.013));

        Assert.Contains("price 90", error.Message, StringComparison.Ordinal);
        Assert.Contains("intrinsic", error.Message, StringComparison.Ordinal);
    }
}
