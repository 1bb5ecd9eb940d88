using NodaTime;
using NodaTime.Calendars;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Indicators.Bars;
using VixShield.Live.Indicators.Tests.Support;

namespace VixShield.Live.Indicators.Tests.Bars;

public sealed class WeeklyBarsTests
{
    [Fact]
    public void FromDaily_AcrossYearEnd_OneBarPerIsoWeekWithOhlcAndLastDay()
    {
        var daily = new[]
        {
            Day(2020, 12, 28, open: 10, high: 12, low: 9, close: 11),
            Day(2020, 12, 29, open: 11, high: 15, low: 10, close: 14),
            Day(2020, 12, 31, open: 14, high: 14, low: 8, close: 9),
            Day(2021, 1, 4, open: 9, high: 10, low: 7, close: 8),
            Day(2021, 1, 5, open: 8, high: 11, low: 8, close: 10.5m),
        };

        var sut = WeeklyBars.FromDaily(daily);

        Assert.Equal(2, sut.Count);
        var first = sut[0];
        Assert.Equal((BarPeriod.Weekly, new LocalDate(2020, 12, 31)), (first.Period, first.TradeDate));
        Assert.Equal((10m, 15m, 8m, 9m), (first.Open, first.High, first.Low, first.Close));
        Assert.Equal((daily[0].Start, daily[2].End), (first.Start, first.End));
        var second = sut[1];
        Assert.Equal((new LocalDate(2021, 1, 5), 9m, 11m, 7m, 10.5m), (second.TradeDate, second.Open, second.High, second.Low, second.Close));
    }

    [Fact]
    public void FromDaily_SpxSince1990_OneBarPerDistinctIsoWeek()
    {
        var rule = WeekYearRules.Iso;
        var weeks = Series.SpxDaily.Select(bar => (rule.GetWeekYear(bar.TradeDate), rule.GetWeekOfWeekYear(bar.TradeDate))).Distinct().Count();

        var sut = WeeklyBars.FromDaily(Series.SpxDaily);

        Assert.Equal(weeks, sut.Count);
        Assert.Equal(Series.SpxDaily[^1].Close, sut[^1].Close);
        Assert.All(sut, bar => Assert.Equal(BarPeriod.Weekly, bar.Period));
    }

    [Fact]
    public void FromDaily_Empty_IsEmpty()
    {
        Assert.Empty(WeeklyBars.FromDaily([]));
    }

    [Fact]
    public void FromDaily_NotDaily_ThrowsNamingPosition()
    {
        var bars = new[] { Day(2021, 1, 4, 1, 1, 1, 1), Day(2021, 1, 5, 1, 1, 1, 1) with { Period = BarPeriod.FiveMinutes } };

        var error = Assert.Throws<ArgumentException>(() => WeeklyBars.FromDaily(bars));

        Assert.Contains("Bar 1 (2021-01-05) is FiveMinutes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDaily_DatesGoBack_ThrowsNamingBothDates()
    {
        var bars = new[] { Day(2021, 1, 5, 1, 1, 1, 1), Day(2021, 1, 4, 1, 1, 1, 1) };

        var error = Assert.Throws<ArgumentException>(() => WeeklyBars.FromDaily(bars));

        Assert.Contains("2021-01-04", error.Message, StringComparison.Ordinal);
        Assert.Contains("2021-01-05", error.Message, StringComparison.Ordinal);
    }

    private static Bar Day(int year, int month, int day, decimal open, decimal high, decimal low, decimal close)
    {
        var date = new LocalDate(year, month, day);
        var end = date.AtMidnight().InUtc().ToInstant() + Duration.FromHours(21);
        return new Bar(MarketSymbol.Spx, BarPeriod.Daily, date, end - Duration.FromMinutes(390), end, open, high, low, close);
    }
}
