using NodaTime;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Indicators.Breadth;
using VixShield.Live.Indicators.Tests.Support;

namespace VixShield.Live.Indicators.Tests.Breadth;

public sealed class AdvanceDeclineLineTests : IndicatorContractTests<AdvanceDeclineLine, BreadthDay>
{
    protected override IReadOnlyList<BreadthDay> Inputs => BreadthSeries.Days;

    [Fact]
    public void Update_ThreeDays_SumsNetAdvances()
    {
        var sut = new AdvanceDeclineLine();

        sut.Update(Times.Day(0), 1500, 1000);
        var first = sut.Current;
        sut.Update(Times.Day(1), 800, 1700);
        var second = sut.Current;
        sut.Update(Times.Day(2), 1200, 1200);

        // +500, then 500 - 900 = -400, then unchanged
        Assert.Equal(500.0, first);
        Assert.Equal(-400.0, second);
        Assert.Equal(-400.0, sut.Current);
    }

    [Fact]
    public void Update_NegativeCount_ThrowsNamingTheCountAndKeepsState()
    {
        var sut = new AdvanceDeclineLine();
        sut.Update(Times.Day(0), 1500, 1000);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => sut.Update(Times.Day(1), 10, -1));

        Assert.Equal("declining", error.ParamName);
        Assert.Equal(500.0, sut.Current);
        Assert.Equal(1, sut.Samples);
    }

    [Fact]
    public void Update_BarsOfSameDay_UsesClosesAsCounts()
    {
        var sut = new AdvanceDeclineLine();
        var date = new LocalDate(2024, 3, 1);

        sut.Update(Breadth(MarketSymbol.NyseAdvancing, date, 2100), Breadth(MarketSymbol.NyseDeclining, date, 700));

        Assert.Equal(1400.0, sut.Current);
    }

    [Fact]
    public void Update_BarsOfDifferentDays_ThrowsNamingBothDates()
    {
        var sut = new AdvanceDeclineLine();

        var error = Assert.Throws<ArgumentException>(() =>
            sut.Update(Breadth(MarketSymbol.NyseAdvancing, new LocalDate(2024, 3, 1), 2100), Breadth(MarketSymbol.NyseDeclining, new LocalDate(2024, 3, 4), 700)));

        Assert.Contains("2024-03-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("2024-03-04", error.Message, StringComparison.Ordinal);
        Assert.False(sut.IsReady);
    }

    [Fact]
    public void Update_SwappedSymbols_Throws()
    {
        var sut = new AdvanceDeclineLine();
        var date = new LocalDate(2024, 3, 1);

        Assert.Throws<ArgumentException>(() => sut.Update(Breadth(MarketSymbol.NyseDeclining, date, 1), Breadth(MarketSymbol.NyseAdvancing, date, 2)));
    }

    protected override AdvanceDeclineLine CreateIndicator() => new();

    protected override bool Update(AdvanceDeclineLine sut, BreadthDay input) => sut.Update(input.Time, input.Advancing, input.Declining);

    protected override double?[] Observe(AdvanceDeclineLine sut) => [sut.Current];

    protected override double?[][] Batch(IReadOnlyList<BreadthDay> inputs)
    {
        var advancing = new double[inputs.Count];
        var declining = new double[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            advancing[i] = inputs[i].Advancing;
            declining[i] = inputs[i].Declining;
        }

        return BatchKernels.Rows(BatchKernels.AdvanceDeclineLine(advancing, declining));
    }

    protected override Instant TimeOf(BreadthDay input) => input.Time;

    protected override BreadthDay WithTime(BreadthDay input, Instant time) => input with { Time = time };

    protected override BreadthDay WithValue(BreadthDay input, double value) => input with { Advancing = value };

    private static Bar Breadth(MarketSymbol symbol, LocalDate date, decimal count)
    {
        var end = date.AtMidnight().InUtc().ToInstant() + Duration.FromHours(21);
        return new Bar(symbol, BarPeriod.Daily, date, end - Duration.FromHours(6.5), end, count, count, count, count);
    }
}
