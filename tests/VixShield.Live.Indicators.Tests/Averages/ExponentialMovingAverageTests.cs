using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Indicators.Averages;
using VixShield.Live.Indicators.Tests.Support;

namespace VixShield.Live.Indicators.Tests.Averages;

public sealed class ExponentialMovingAverageTests : ScalarIndicatorContractTests<ExponentialMovingAverage>
{
    protected override ExponentialMovingAverage CreateIndicator() => new(12);

    protected override double?[][] Batch(IReadOnlyList<TimedValue> inputs) => BatchKernels.Rows(BatchKernels.Ema(Values(inputs), 12));

    [Fact]
    public void Update_FiveValuesPeriodThree_SeedsWithSmaThenSmooths()
    {
        var sut = new ExponentialMovingAverage(3);

        var values = Run(sut, 1, 2, 3, 4, 5);

        // seed = (1 + 2 + 3) / 3 = 2; k = 2 / (3 + 1) = 0.5; 2 + 0.5 * (4 - 2) = 3; 3 + 0.5 * (5 - 3) = 4
        Assert.Equal(new double?[] { null, null, 2.0, 3.0, 4.0 }, values);
    }

    [Fact]
    public void Update_PeriodFourUnevenSeries_MatchesHandComputation()
    {
        var sut = new ExponentialMovingAverage(4);

        var values = Run(sut, 10, 12, 11, 15, 20, 5);

        // seed = (10 + 12 + 11 + 15) / 4 = 12; k = 2 / 5 = 0.4; 12 + 0.4 * 8 = 15.2; 15.2 + 0.4 * (5 - 15.2) = 11.12
        Assert.Equal(12.0, values[3]);
        Assert.Equal(15.2, values[4]!.Value, 12);
        Assert.Equal(11.12, values[5]!.Value, 12);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(26)]
    public void Update_SpxDailySince1990_MatchesTaLibWithin1e9Relative(int period)
    {
        var closes = Series.Values(Series.SpxDaily);
        var expected = TaLibReference.Ema(closes, period);
        var sut = new ExponentialMovingAverage(period);
        for (var i = 0; i < closes.Length; i++)
        {
            sut.Update(Series.SpxDaily[i]);
            if (expected[i] is { } value)
            {
                Numbers.AssertRelative(value, sut.Current!.Value, 1e-9, $"EMA({period}) at {Series.SpxDaily[i].TradeDate}");
            }
            else
            {
                Assert.Null(sut.Current);
            }
        }
    }

    [Theory]
    [MemberData(nameof(TaLibGoldenFile.Files), MemberType = typeof(TaLibGoldenFile))]
    public void Update_FullHistory_MatchesTaLibGoldenFileWithin1e9RelativeAndToTheBit(string file)
    {
        var ema12 = new ExponentialMovingAverage(12);
        var ema26 = new ExponentialMovingAverage(26);

        var rows = TaLibGoldenFile.Replay(
            file,
            bar => { ema12.Update(bar); ema26.Update(bar); },
            row =>
            {
                Numbers.AssertRelative(row.Ema12, ema12.Current!.Value, 1e-9, $"EMA12 on {row.Date}");
                Numbers.AssertRelative(row.Ema26, ema26.Current!.Value, 1e-9, $"EMA26 on {row.Date}");
                Numbers.AssertBitEqual([row.Ema12, row.Ema26], [ema12.Current, ema26.Current], $"EMA on {row.Date}");
            });

        Assert.Equal(250, rows);
    }

    [Fact]
    public void Update_Bar_UsesCloseAtBarEnd()
    {
        var sut = new ExponentialMovingAverage(1);
        var bar = new Bar(MarketSymbol.Spx, BarPeriod.Daily, new NodaTime.LocalDate(2024, 1, 2), Times.Day(0), Times.Day(1), 1m, 9m, 0.5m, 4.25m);

        sut.Update(bar);

        Assert.Equal(4.25, sut.Current);
        Assert.Throws<ArgumentException>(() => sut.Update(Times.Day(1), 5));
    }

    [Fact]
    public void Constructor_PeriodZero_ThrowsNamingPeriod()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentialMovingAverage(0));

        Assert.Equal("period", error.ParamName);
    }
}
