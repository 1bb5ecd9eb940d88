using NodaTime;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Indicators.Signals;
using VixShield.Live.Indicators.Tests.Support;

namespace VixShield.Live.Indicators.Tests.Signals;

public sealed partial class MarketSignalsTests
{
    [Fact]
    public void OnBar_DuplicateDailyBar_RejectedCountedAndStateUnchanged()
    {
        var sut = new MarketSignals();
        var bars = Some.DailySeries(MarketSymbol.Spx, Series.Values(Series.SpxDaily).Take(60).ToArray());
        foreach (var bar in bars)
        {
            sut.OnBar(bar);
        }

        Drain(sut);
        var before = sut.Snapshot;

        sut.OnBar(bars[^1] with { Close = 1m });

        var change = Assert.Single(Drain(sut));
        Assert.Equal(SignalKind.InputRejected, change.Kind);
        Assert.Equal(1, sut.RejectedInputs);
        Assert.Equal(2, CountOf(change.Reason, bars[^1].End.ToString()));
        Assert.Contains("SPX 1d", change.Reason, StringComparison.Ordinal);
        Assert.Equal(before, sut.Snapshot);
    }

    [Fact]
    public void OnBar_ZeroClose_RejectedAndStateUnchanged()
    {
        var sut = new MarketSignals();
        sut.OnBar(Some.Daily(MarketSymbol.Vix, 0, 20));
        var before = sut.Snapshot;

        sut.OnBar(Some.Daily(MarketSymbol.Vix, 1, 0));

        var change = Assert.Single(Drain(sut));
        Assert.Equal(SignalKind.InputRejected, change.Kind);
        Assert.Contains("close 0 must be greater than 0", change.Reason, StringComparison.Ordinal);
        Assert.Equal(before, sut.Snapshot);
        sut.OnBar(Some.Daily(MarketSymbol.Vix, 1, 21));
        Assert.Equal(21, sut.Snapshot.Vix);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(0.0)]
    [InlineData(-4.0)]
    public void OnPrice_NotAPositiveNumber_RejectedAndLevelUnchanged(double price)
    {
        var sut = new MarketSignals();
        sut.OnPrice(MarketSymbol.Spx, 5000, Times.Origin);

        sut.OnPrice(MarketSymbol.Spx, price, Times.Day(1));

        Assert.Equal(5000, sut.Snapshot.Spx);
        Assert.Equal(1, sut.RejectedInputs);
        Assert.Equal(SignalKind.InputRejected, Assert.Single(Drain(sut)).Kind);
    }

    [Fact]
    public void OnPrice_OlderThanLatest_RejectedButSameTimeReplaces()
    {
        var sut = new MarketSignals();
        sut.OnPrice(MarketSymbol.Vix, 20, Times.Day(1));

        sut.OnPrice(MarketSymbol.Vix, 21, Times.Day(1));
        sut.OnPrice(MarketSymbol.Vix, 30, Times.Day(0));

        Assert.Equal(21, sut.Snapshot.Vix);
        Assert.Equal(1, sut.RejectedInputs);
        Assert.Contains("older than the latest level", Assert.Single(Drain(sut)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OnBar_BreadthForADayAlreadyInTheLine_RejectedAndLineUnchanged()
    {
        var sut = new MarketSignals();
        sut.OnBar(Some.Daily(MarketSymbol.NyseAdvancing, 1, 2000));
        sut.OnBar(Some.Daily(MarketSymbol.NyseDeclining, 1, 1000));
        var late = Some.Daily(MarketSymbol.NyseAdvancing, 0, 5000) with { End = Some.Daily(MarketSymbol.NyseAdvancing, 2, 0).End };

        sut.OnBar(late);

        var change = Assert.Single(Drain(sut));
        Assert.Equal(SignalKind.InputRejected, change.Kind);
        Assert.Contains("already has day 2024-01-02", change.Reason, StringComparison.Ordinal);
        Assert.Equal(1000.0, sut.Snapshot.AdvanceDeclineLine);
    }

    [Fact]
    public void OnBar_SymbolsAndPeriodsNoSignalUses_Ignored()
    {
        var sut = new MarketSignals();

        sut.OnBar(Some.Daily(MarketSymbol.Vvix, 0, 90));
        sut.OnBar(Some.Daily(MarketSymbol.Vvix, 0, 90));
        sut.OnBar(Some.Daily(MarketSymbol.NyseAdvancing, 0, 1000) with { Period = BarPeriod.FiveMinutes });
        sut.OnPrice(MarketSymbol.Vix6m, 25, Times.Origin);

        Assert.Equal(0, sut.RejectedInputs);
        Assert.Empty(Drain(sut));
        Assert.Equal(default(MarketSignalSnapshot), sut.Snapshot);
    }

    [Fact]
    public void OnBar_BarOlderThanLatestQuote_DoesNotOverwriteTheFresherLevel()
    {
        var sut = new MarketSignals();
        var bar = Some.Daily(MarketSymbol.Spx, 0, 5000);
        sut.OnPrice(MarketSymbol.Spx, 5010, bar.End + Duration.FromSeconds(1));

        sut.OnBar(bar);

        Assert.Equal(5010, sut.Snapshot.Spx);
        Assert.Equal(0, sut.RejectedInputs);
    }

    [Fact]
    public void Reset_ThenReplay_EqualsFirstPass()
    {
        var sut = new MarketSignals();
        var bars = Series.SpxDaily.Take(300).Concat(Series.VixDaily.Take(300)).OrderBy(b => b.End).ThenBy(b => b.Symbol).ToList();
        foreach (var bar in bars)
        {
            sut.OnBar(bar);
        }

        var first = sut.Snapshot;
        var firstChanges = Drain(sut).Select(c => (c.Kind, c.Active, c.Time, c.Reason)).ToList();
        sut.OnBar(bars[0]);

        sut.Reset();

        Assert.Equal(0, sut.RejectedInputs);
        Assert.Equal(default(MarketSignalSnapshot), sut.Snapshot);
        Assert.False(sut.TryDequeueChange(out _));
        foreach (var bar in bars)
        {
            sut.OnBar(bar);
        }

        Assert.Equal(first, sut.Snapshot);
        Assert.Equal(firstChanges, Drain(sut).Select(c => (c.Kind, c.Active, c.Time, c.Reason)).ToList());
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
