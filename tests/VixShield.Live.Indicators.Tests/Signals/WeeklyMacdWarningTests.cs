using VixShield.Live.Indicators.Bars;
using VixShield.Live.Indicators.Momentum;
using VixShield.Live.Indicators.Signals;
using VixShield.Live.Indicators.Tests.Support;

namespace VixShield.Live.Indicators.Tests.Signals;

public sealed class WeeklyMacdWarningTests : IndicatorContractTests<WeeklyMacdWarning, TimedValue>
{
    private static readonly Lazy<TimedValue[]> SpxWeeklyCloses = new(() => Series.Closes(WeeklyBars.FromDaily(Series.SpxDaily)));

    protected override IReadOnlyList<TimedValue> Inputs => SpxWeeklyCloses.Value;

    [Fact]
    public void Update_LineChangesSide_ZeroCrossOnThatWeekOnly()
    {
        var sut = new WeeklyMacdWarning(2, 3, 2, 99);
        double[] closes = [10, 11, 12, 13, 14, 13, 11, 8, 6, 5];
        var lines = Lines(closes);
        var crosses = new bool[closes.Length];

        for (var i = 0; i < closes.Length; i++)
        {
            sut.Update(Times.Day(i * 7), closes[i]);
            crosses[i] = sut.IsZeroCross;
        }

        var crossWeek = Array.FindIndex(lines, 4, line => line < 0);
        Assert.True(crossWeek > 4, "the series should take the MACD line below zero");
        for (var i = 0; i < closes.Length; i++)
        {
            Assert.Equal(i == crossWeek, crosses[i]);
        }
    }

    [Fact]
    public void Update_HistogramMagnitudeFallsThreeWeeksRunning_Warns()
    {
        var sut = new WeeklyMacdWarning(2, 3, 2, 3);
        double[] closes = [10, 12, 15, 19, 24, 30, 36, 41, 45, 48, 50, 51];
        var histograms = Histograms(closes);
        var active = new bool[closes.Length];

        for (var i = 0; i < closes.Length; i++)
        {
            sut.Update(Times.Day(i * 7), closes[i]);
            active[i] = sut.IsHistogramShrinking;
        }

        var firstShrinkRun = -1;
        for (var i = 6; i < closes.Length; i++)
        {
            if (Math.Abs(histograms[i]) < Math.Abs(histograms[i - 1])
                && Math.Abs(histograms[i - 1]) < Math.Abs(histograms[i - 2])
                && Math.Abs(histograms[i - 2]) < Math.Abs(histograms[i - 3]))
            {
                firstShrinkRun = i;
                break;
            }
        }

        Assert.True(firstShrinkRun > 0, "the series should shrink the histogram three weeks running");
        Assert.Equal(firstShrinkRun, Array.IndexOf(active, true));
        Assert.False(active[^1]);
    }

    protected override WeeklyMacdWarning CreateIndicator() => new();

    protected override bool Update(WeeklyMacdWarning sut, TimedValue input) => sut.Update(input.Time, input.Value);

    protected override double?[] Observe(WeeklyMacdWarning sut) =>
    [
        sut.IsReady ? BatchKernels.Flag(sut.IsActive) : null,
        BatchKernels.Flag(sut.IsZeroCross),
        sut.ShrinkingWeekCount,
        sut.Macd.Current,
    ];

    protected override double?[][] Batch(IReadOnlyList<TimedValue> inputs)
    {
        var closes = new double[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            closes[i] = inputs[i].Value;
        }

        return BatchKernels.WeeklyMacdWarning(closes, 12, 26, 9, 3);
    }

    protected override NodaTime.Instant TimeOf(TimedValue input) => input.Time;

    protected override TimedValue WithTime(TimedValue input, NodaTime.Instant time) => input with { Time = time };

    protected override TimedValue WithValue(TimedValue input, double value) => input with { Value = value };

    private static double[] Lines(double[] closes)
    {
        var macd = new MovingAverageConvergenceDivergence(2, 3, 2);
        var lines = new double[closes.Length];
        for (var i = 0; i < closes.Length; i++)
        {
            macd.Update(Times.Day(i), closes[i]);
            lines[i] = macd.Current ?? double.NaN;
        }

        return lines;
    }

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
