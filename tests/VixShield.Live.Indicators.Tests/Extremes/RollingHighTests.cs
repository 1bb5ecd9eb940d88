using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Indicators.Extremes;
using VixShield.Live.Indicators.Tests.Support;

namespace VixShield.Live.Indicators.Tests.Extremes;

public sealed class RollingHighTests : ScalarIndicatorContractTests<RollingHigh>
{
    protected override RollingHigh CreateIndicator() => new(20);

    protected override double?[][] Batch(IReadOnlyList<TimedValue> inputs) => BatchKernels.Rows(BatchKernels.RollingMax(Values(inputs), 20));

    [Fact]
    public void Update_PeriodThree_IsHighestOfLatestThree()
    {
        var sut = new RollingHigh(3);

        var values = Run(sut, 3, 1, 4, 1, 5, 9, 2, 6, 5);

        Assert.Equal(new double?[] { null, null, 4, 4, 5, 9, 9, 9, 6 }, values);
    }

    [Fact]
    public void Update_Bar_UsesTheBarsHigh()
    {
        var sut = new RollingHigh(1);

        sut.Update(new Bar(MarketSymbol.Spx, BarPeriod.Daily, new NodaTime.LocalDate(2024, 1, 2), Times.Day(0), Times.Day(1), 10m, 12.5m, 9m, 11m));

        Assert.Equal(12.5, sut.Current);
    }
}
