using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Domain.Tests.Pricing;

public sealed class SpxExpirySliceTests
{
    private const double Day = 1.0 / 365.0;

    public static TheoryData<double, double> Expiries => new()
    {
        { 5900.0, 1.3 * Day },
        { 5900.0, 0.02 * Day },
        { 4100.5, 9.0 * Day },
        { 6120.25, 45.0 * Day },
        { 5900.0, 0.0 },
        { 5900.0, -Day },
        { 5900.0, 2.0 * 60.0 / (365.0 * 86400.0) },
        { 6000.0, 3.0 },
    };

    [Theory]
    [MemberData(nameof(Expiries))]
    public void Price_EveryStrikeAndRight_AgreesWithModelEvaluate(double spot, double years)
    {
        var model = new SpxOptionModel(new PricingOptions());
        var termStructure = new VolatilityTermStructure(new VolatilityIndexLevels(17.25m, 15.5m, 19.1m, 21m));
        var sut = model.AtExpiry(spot, years, termStructure);

        var largest = 0.0;
        for (var strike = spot * 0.6; strike <= spot * 1.4; strike += spot / 487.0)
        {
            foreach (var right in new[] { OptionRight.Put, OptionRight.Call })
            {
                var expected = model.Evaluate(right, spot, strike, years, termStructure, out _).Price;
                largest = Math.Max(largest, Math.Abs(sut.Price(right, new SpxStrike(strike)) - expected));
            }
        }

        Assert.True(largest <= 1e-9, $"largest difference {largest:E3} points");
    }

    [Fact]
    public void Price_NonPositiveStrike_ThrowsNamingTheStrike()
    {
        var model = new SpxOptionModel(new PricingOptions());
        var sut = model.AtExpiry(5900.0, Day, new VolatilityTermStructure(new VolatilityIndexLevels(16m)));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => sut.Price(OptionRight.Put, 0.0));

        Assert.Equal("strike", error.ParamName);
    }
}
