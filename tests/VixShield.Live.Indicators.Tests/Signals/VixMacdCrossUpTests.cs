using VixShield.Live.Indicators.Momentum;
using VixShield.Live.Indicators.Signals;
using VixShield.Live.Indicators.Tests.Support;

namespace VixShield.Live.Indicators.Tests.Signals;

public sealed class VixMacdCrossUpTests : IndicatorContractTests<VixMacdCrossUp, TimedValue>
{
    private static readonly Lazy<TimedValue[]> VixCloses = new(() => Series.Closes(Series.VixDaily));

    protected override IReadOnlyList<TimedValue> Inputs => VixCloses.Value;

    [Fact]
    public void Update_VolatilityTurnsUp_CrossUpOnceThenActiveUntilLineFallsBack()
    {
        var sut = new VixMacdCrossUp(2, 3, 2);
        double[] closes = [30, 28, 26, 24, 22, 21, 20.5, 22, 25, 27, 26, 22, 18];
        var histograms = new double[closes.Length];
        var macd = new MovingAverageConvergenceDivergence(2, 3, 2);
        var crossUps = new bool[closes.Length];
        var active = new bool[closes.Length];

        for (var i = 0; i < closes.Length; i++)
        {
            macd.Update(Times.Day(i), closes[i]);
            histograms[i] = macd.Histogram ?? double.NaN;
            sut.Update(Times.Day(i), closes[i]);
            crossUps[i] = sut.IsCrossUp;
            active[i] = sut.IsActive;
        }

        var crossDay = Array.FindIndex(histograms, 4, h => h > 0);
        var fallBackDay = Array.FindIndex(histograms, crossDay, h => h <= 0);
        Assert.True(crossDay > 4 && fallBackDay > crossDay, "the series should cross up and later fall back");
        Assert.Equal(crossDay, Array.IndexOf(crossUps, true));
        Assert.Equal(crossDay, Array.LastIndexOf(crossUps, true));
        for (var i = 0; i < closes.Length; i++)
        {
            Assert.Equal(i >= crossDay && i < fallBackDay, active[i]);
        }
    }

    protected override VixMacdCrossUp CreateIndicator() => new();

    protected override bool Update(VixMacdCrossUp sut, TimedValue input) => sut.Update(input.Time, input.Value);

    protected override double?[] Observe(VixMacdCrossUp sut) =>
    [
        sut.IsReady ? BatchKernels.Flag(sut.IsActive) : null,
        BatchKernels.Flag(sut.IsCrossUp),
        sut.Macd.Histogram,
    ];

    protected override double?[][] Batch(IReadOnlyList<TimedValue> inputs)
    {
        var closes = new double[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            closes[i] = inputs[i].Value;
        }

        return BatchKernels.VixMacdCrossUp(closes, 12, 26, 9);
    }

    protected override NodaTime.Instant TimeOf(TimedValue input) => input.Time;

    protected override TimedValue WithTime(TimedValue input, NodaTime.Instant time) => input with { Time = time };

    protected override TimedValue WithValue(TimedValue input, double value) => input with { Value = value };
}
