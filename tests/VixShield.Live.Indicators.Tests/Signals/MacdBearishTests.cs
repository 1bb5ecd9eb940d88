using VixShield.Live.Indicators.Momentum;
using VixShield.Live.Indicators.Signals;
using VixShield.Live.Indicators.Tests.Support;

namespace VixShield.Live.Indicators.Tests.Signals;

public sealed class MacdBearishTests : IndicatorContractTests<MacdBearish, TimedValue>
{
    private static readonly Lazy<TimedValue[]> SpxCloses = new(() => Series.Closes(Series.SpxDaily));

    // Rally, pullback (histogram crosses down), then a slightly higher close on weaker momentum.
    private static readonly double[] RallyPullbackWeakHigh = [10, 11, 12, 14, 17, 21, 20, 19, 20, 21.2];

    protected override IReadOnlyList<TimedValue> Inputs => SpxCloses.Value;

    [Fact]
    public void Update_HistogramCrossesBelowZero_CrossDownActiveUntilBackAboveZero()
    {
        var sut = new MacdBearish(2, 3, 2, 4);
        var histograms = Histograms(RallyPullbackWeakHigh);
        var crossDown = new bool[RallyPullbackWeakHigh.Length];

        for (var i = 0; i < RallyPullbackWeakHigh.Length; i++)
        {
            sut.Update(Times.Day(i), RallyPullbackWeakHigh[i]);
            crossDown[i] = sut.IsCrossDownActive;
        }

        // the MACD's histogram (checked against TA-Lib elsewhere) is positive on days 3-5, negative on 6-8, positive on 9
        Assert.True(histograms[5] > 0 && histograms[6] < 0 && histograms[8] < 0 && histograms[9] > 0);
        Assert.Equal(new[] { false, false, false, false, false, false, true, true, true, false }, crossDown);
    }

    [Fact]
    public void Update_HigherCloseOnLowerHistogram_DivergenceActiveWithTheHighsItCompared()
    {
        var sut = new MacdBearish(2, 3, 2, 4);
        var histograms = Histograms(RallyPullbackWeakHigh);

        for (var i = 0; i < RallyPullbackWeakHigh.Length - 1; i++)
        {
            sut.Update(Times.Day(i), RallyPullbackWeakHigh[i]);
            Assert.False(sut.IsDivergenceActive);
        }

        sut.Update(Times.Day(9), 21.2);

        // prior 4 closes (days 5-8) peak at 21 with histogram 0.174; 21.2 is higher, its histogram 0.010 is lower
        Assert.True(sut.IsDivergenceActive);
        Assert.False(sut.IsCrossDownActive);
        Assert.True(sut.IsActive);
        Assert.Equal(21.0, sut.DivergencePriceHigh);
        Assert.Equal(histograms[5], sut.DivergenceHistogramHigh);
    }

    [Fact]
    public void Update_DivergenceThenHistogramRecoversAboveItsHigh_DivergenceEnds()
    {
        var sut = new MacdBearish(2, 3, 2, 4);
        double[] closes = [.. RallyPullbackWeakHigh, 26, 32];

        for (var i = 0; i < closes.Length; i++)
        {
            sut.Update(Times.Day(i), closes[i]);
        }

        var histogram = sut.Macd.Histogram!.Value;
        Assert.True(histogram > 0.17438271604938294, $"the final surge should lift the histogram above the failed high, got {histogram}");
        Assert.False(sut.IsDivergenceActive);
        Assert.False(sut.IsActive);
    }

    [Fact]
    public void Update_AlreadyNegativeWhenReady_NoCrossDownSeen()
    {
        var sut = new MacdBearish(2, 3, 2, 1);

        for (var i = 0; i < 12; i++)
        {
            sut.Update(Times.Day(i), 200.0 - (i * i));
        }

        Assert.True(sut.Macd.Histogram < 0);
        Assert.False(sut.IsCrossDownActive);
    }

    [Fact]
    public void WarmUpPeriod_Default_IsMacdWarmUpPlusLookback()
    {
        Assert.Equal(34 + 20, new MacdBearish().WarmUpPeriod);
    }

    protected override MacdBearish CreateIndicator() => new();

    protected override bool Update(MacdBearish sut, TimedValue input) => sut.Update(input.Time, input.Value);

    protected override double?[] Observe(MacdBearish sut) =>
    [
        sut.IsReady ? BatchKernels.Flag(sut.IsActive) : null,
        BatchKernels.Flag(sut.IsCrossDownActive),
        BatchKernels.Flag(sut.IsDivergenceActive),
        sut.DivergencePriceHigh,
        sut.DivergenceHistogramHigh,
        sut.Macd.Histogram,
    ];

    protected override double?[][] Batch(IReadOnlyList<TimedValue> inputs)
    {
        var closes = new double[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            closes[i] = inputs[i].Value;
        }

        return BatchKernels.MacdBearish(closes, 12, 26, 9, 20);
    }

    protected override NodaTime.Instant TimeOf(TimedValue input) => input.Time;

    protected override TimedValue WithTime(TimedValue input, NodaTime.Instant time) => input with { Time = time };

    protected override TimedValue WithValue(TimedValue input, double value) => input with { Value = value };

    private static double[] Histograms(double[] closes)
    {
        var macd = new MovingAverageConvergenceDivergence(2, 3, 2);
        var histograms = new double[closes.Length];
        for (var i = 0; i < closes.Length; i++)
        {
            macd.Update(Times.Day(i), closes[i]);
            histograms[i] = macd.Histogram ?? double.NaN;
        }

        return histograms;
    }
}
