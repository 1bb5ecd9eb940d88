using NodaTime;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Engine.Bars;
using VixShield.Live.Testing;

namespace VixShield.Live.Engine.Tests.Bars;

public class BarAggregatorTests
{
    private readonly List<Bar> closed = [];
    private readonly BarAggregator sut;

    public BarAggregatorTests() => sut = new BarAggregator(new NyseTradingCalendar(), (in Bar bar) => closed.Add(bar));

    [Fact]
    public void OnQuote_QuotesWithinAMinute_BuildOhlcAndCloseWhenTheNextMinuteStarts()
    {
        Feed(Some.NewYork(2026, 3, 2, 9, 30, 0), 100m);
        Feed(Some.NewYork(2026, 3, 2, 9, 30, 20), 103m);
        Feed(Some.NewYork(2026, 3, 2, 9, 30, 40), 99m);
        Feed(Some.NewYork(2026, 3, 2, 9, 30, 59), 101m);
        Assert.Empty(closed);

        Feed(Some.NewYork(2026, 3, 2, 9, 31, 0), 102m);

        var bar = Assert.Single(closed);
        Assert.Equal((BarPeriod.OneMinute, 100m, 103m, 99m, 101m), (bar.Period, bar.Open, bar.High, bar.Low, bar.Close));
        Assert.Equal(Some.NewYork(2026, 3, 2, 9, 30), bar.Start);
        Assert.Equal(Some.NewYork(2026, 3, 2, 9, 31), bar.End);
    }

    [Fact]
    public void CloseThrough_SessionClose_ClosesLastIntradayBarsAndTheDailyBar()
    {
        Feed(Some.NewYork(2026, 3, 2, 9, 30), 100m);
        Feed(Some.NewYork(2026, 3, 2, 15, 59, 30), 110m);

        sut.CloseThrough(Some.NewYork(2026, 3, 2, 16, 0));

        var daily = Assert.Single(closed, b => b.Period == BarPeriod.Daily);
        Assert.Equal((100m, 110m, 100m, 110m), (daily.Open, daily.High, daily.Low, daily.Close));
        Assert.Equal(new LocalDate(2026, 3, 2), daily.TradeDate);
        Assert.Contains(closed, b => b.Period == BarPeriod.OneMinute && b.End == Some.NewYork(2026, 3, 2, 16, 0));
        Assert.Contains(closed, b => b.Period == BarPeriod.FiveMinutes && b.Start == Some.NewYork(2026, 3, 2, 15, 55));
        Assert.DoesNotContain(closed, b => b.Period == BarPeriod.Weekly);
    }

    [Fact]
    public void CloseThrough_EarlyClose_CutsBarsAtOnePm()
    {
        Feed(Some.NewYork(2026, 11, 27, 12, 58), 100m);
        Feed(Some.NewYork(2026, 11, 27, 12, 59, 59), 101m);

        sut.CloseThrough(Some.NewYork(2026, 11, 27, 13, 0));

        var daily = Assert.Single(closed, b => b.Period == BarPeriod.Daily);
        Assert.Equal(Some.NewYork(2026, 11, 27, 13, 0), daily.End);
        Assert.Contains(closed, b => b.Period == BarPeriod.Weekly && b.End == Some.NewYork(2026, 11, 27, 13, 0));
    }

    [Fact]
    public void OnQuote_OutsideSession_BuildsNoBarAndCountsIt()
    {
        var accepted = sut.OnQuote(Some.Quote(at: Some.NewYork(2026, 3, 2, 8, 0)));
        var holiday = sut.OnQuote(Some.Quote(at: Some.NewYork(2026, 4, 3, 11, 0)));

        Assert.False(accepted);
        Assert.False(holiday);
        Assert.Equal(2, sut.QuotesOutsideSession);
        sut.CloseThrough(Some.NewYork(2026, 4, 10, 17, 0));
        Assert.Empty(closed);
    }

    [Fact]
    public void OnQuote_WeekWithGoodFriday_WeeklyBarClosesThursday()
    {
        Feed(Some.NewYork(2026, 3, 30, 10, 0), 100m);
        Feed(Some.NewYork(2026, 4, 2, 15, 0), 95m);

        Feed(Some.NewYork(2026, 4, 6, 9, 30), 97m);

        var weekly = Assert.Single(closed, b => b.Period == BarPeriod.Weekly);
        Assert.Equal(Some.NewYork(2026, 4, 2, 16, 0), weekly.End);
        Assert.Equal(new LocalDate(2026, 4, 2), weekly.TradeDate);
        Assert.Equal((100m, 95m), (weekly.Open, weekly.Close));
        Assert.Equal(2, closed.Count(b => b.Period == BarPeriod.Daily));
    }

    [Fact]
    public void OnQuote_BreadthSymbol_BuildsDailyBarsOnly()
    {
        Feed(Some.NewYork(2026, 3, 2, 10, 0), 1200m, MarketSymbol.NyseAdvancing);
        Feed(Some.NewYork(2026, 3, 2, 15, 59), 1650m, MarketSymbol.NyseAdvancing);

        sut.CloseThrough(Some.NewYork(2026, 3, 2, 16, 0));

        var bar = Assert.Single(closed);
        Assert.Equal((MarketSymbol.NyseAdvancing, BarPeriod.Daily, 1650m), (bar.Symbol, bar.Period, bar.Close));
    }

    [Fact]
    public void OnQuote_GapOverAWeekend_ClosesFridayBarsBeforeStartingMondayBars()
    {
        Feed(Some.NewYork(2026, 3, 6, 15, 59, 58), 100m);

        Feed(Some.NewYork(2026, 3, 9, 9, 30, 1), 90m);

        Assert.Equal([BarPeriod.OneMinute, BarPeriod.FiveMinutes, BarPeriod.Daily, BarPeriod.Weekly], closed.Select(b => b.Period));
        Assert.All(closed, b => Assert.True(b.End <= Some.NewYork(2026, 3, 6, 16, 0)));
    }

    private void Feed(Instant at, decimal price, MarketSymbol symbol = MarketSymbol.Spx) =>
        sut.OnQuote(Some.Quote(symbol, last: price, at: at));
}
