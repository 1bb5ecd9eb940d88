using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Domain.Tests.Pricing;

public sealed class Black76Tests
{
    [Fact]
    public void Price_HaugExample_MatchesTextbookValue()
    {
        // Haug, The Complete Guide to Option Pricing Formulas (Black-76): F=19, K=19, T=0.75, r=10%, sigma=28%: c = p = 1.7011.
        var call = Black76.Price(OptionRight.Call, 19.0, 19.0, 0.75, 0.28, 0.10);
        var put = Black76.Price(OptionRight.Put, 19.0, 19.0, 0.75, 0.28, 0.10);

        Assert.Equal(1.7011, call, 0.00005);
        Assert.Equal(1.7011, put, 0.00005);
    }

    [Fact]
    public void Price_HullCrudeOilPutExample_MatchesTextbookValue()
    {
        // Hull: European put futures option, F=20, K=20, 4 months, r=9%, sigma=25%: p = 1.12.
        var sut = Black76.Price(OptionRight.Put, 20.0, 20.0, 4.0 / 12.0, 0.25, 0.09);

        Assert.Equal(1.12, sut, 0.005);
    }

    [Theory]
    [InlineData(18.5, 22.0, 0.1, 0.95)]
    [InlineData(25.0, 20.0, 0.3, 0.8)]
    public void Price_AnyMarket_SatisfiesFuturesPutCallParity(double forward, double strike, double years, double volatility)
    {
        var call = Black76.Price(OptionRight.Call, forward, strike, years, volatility, 0.04);
        var put = Black76.Price(OptionRight.Put, forward, strike, years, volatility, 0.04);

        Assert.Equal(Math.Exp(-0.04 * years) * (forward - strike), call - put, 1e-10);
    }

    [Fact]
    public void Evaluate_Call_DeltaIsDiscountedProbabilityAndMatchesFiniteDifference()
    {
        const double forward = 18.0;
        const double strike = 23.0;
        const double years = 40.0 / 365.0;
        const double volatility = 1.1;
        const double rate = 0.04;

        var sut = Black76.Evaluate(OptionRight.Call, forward, strike, years, volatility, rate);

        var d1 = (Math.Log(forward / strike) + (0.5 * volatility * volatility * years)) / (volatility * Math.Sqrt(years));
        Assert.Equal(Math.Exp(-rate * years) * StandardNormal.CumulativeDistribution(d1), sut.Delta, 1e-14);
        var step = 1e-4;
        var difference = (Black76.Price(OptionRight.Call, forward + step, strike, years, volatility, rate)
            - Black76.Price(OptionRight.Call, forward - step, strike, years, volatility, rate)) / (2 * step);
        Assert.Equal(difference, sut.Delta, 1e-7);
    }
}
