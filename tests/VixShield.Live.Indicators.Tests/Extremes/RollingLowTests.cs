using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Indicators.Extremes;
using VixShield.Live.Indicators.Tests.Support;

namespace VixShield.Live.Indicators.Tests.Extremes;

public sealed class RollingLowTests : ScalarIndicatorContractTests<RollingLow>
{
    protected override RollingLow CreateIndicator() => new(20);

    protected override double?[][] Batch(IReadOnlyList<TimedValue> inputs) => BatchKernels.Rows(BatchKernels.RollingMin(Values(inputs), 20));

    [Fact]
    public void Update_PeriodThree_IsLowestOfLatestThree()
    {
        var sut = new RollingLow(3);

        var values = Run(sut, 3, 1, 4, 1, 5, 9, 2, 6, 5);

        Assert.Equal(new double?[] { null, null, 1, 1, 1, 1, 2, 2, 2 }, values);
    }

    [Fact]
    public void Update_Bar_UsesTheBarsLow()
    {
        var sut = new RollingLow(1);

        sut.Update(new Bar(MarketSymbol.Spx, BarPeriod.Daily, new NodaTime.LocalDate(2024, 1, 2), Times.Day(0), Times.Day(1), 10m, 12.5m, 9m, 11m));

        Assert.Equal(9.0, sut.Current);
    }
}
