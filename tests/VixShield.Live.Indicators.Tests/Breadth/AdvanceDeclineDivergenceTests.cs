using NodaTime;
using VixShield.Live.Indicators.Breadth;
using VixShield.Live.Indicators.Tests.Support;

namespace VixShield.Live.Indicators.Tests.Breadth;

public sealed class AdvanceDeclineDivergenceTests : IndicatorContractTests<AdvanceDeclineDivergence, DivergenceDay>
{
    protected override IReadOnlyList<DivergenceDay> Inputs => BreadthSeries.SpxWithLine;

    [Fact]
    public void Update_LookbackThree_CountsConsecutiveUnconfirmedHighs()
    {
        var sut = new AdvanceDeclineDivergence(3, 1.0);
        double[] prices = [100, 101, 102, 101.5, 101.8, 103, 102.5, 100];
        double[] lines = [10, 20, 15, 14, 25, 24, 23, 22];
        var days = new int?[prices.Length];

        for (var i = 0; i < prices.Length; i++)
        {
            sut.Update(Times.Day(i), prices[i], lines[i]);
            days[i] = sut.IsReady ? sut.Days : null;
        }

        // day 2: SPX 102 = its 3-day high, A/D 15 < 20 -> 1; day 3: 101.5 >= 102 * 0.99, 14 < 20 -> 2;
        // day 4: A/D 25 is its own high -> 0; day 5: 103 new high, 24 < 25 -> 1; day 6: 102.5 >= 101.97, 23 < 25 -> 2;
        // day 7: 100 < 103 * 0.99 -> 0
        Assert.Equal(new int?[] { null, null, 1, 2, 0, 1, 2, 0 }, days);
    }

    [Fact]
    public void Update_PriceExactlyOnePercentBelowHigh_CountsAsWithin()
    {
        var sut = new AdvanceDeclineDivergence(2, 1.0);

        sut.Update(Times.Day(0), 200, 10);
        sut.Update(Times.Day(1), 198, 5);

        Assert.Equal(1, sut.Days);
    }

    protected override AdvanceDeclineDivergence CreateIndicator() => new();

    protected override bool Update(AdvanceDeclineDivergence sut, DivergenceDay input) => sut.Update(input.Time, input.Price, input.Line);

    protected override double?[] Observe(AdvanceDeclineDivergence sut) => [sut.Current, sut.PriceHigh, sut.LineHigh];

    protected override double?[][] Batch(IReadOnlyList<DivergenceDay> inputs)
    {
        var prices = new double[inputs.Count];
        var lines = new double[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            prices[i] = inputs[i].Price;
            lines[i] = inputs[i].Line;
        }

        return BatchKernels.AdvanceDeclineDivergence(prices, lines, 20, 1.0);
    }

    protected override Instant TimeOf(DivergenceDay input) => input.Time;

    protected override DivergenceDay WithTime(DivergenceDay input, Instant time) => input with { Time = time };

    protected override DivergenceDay WithValue(DivergenceDay input, double value) => input with { Price = value };
}
