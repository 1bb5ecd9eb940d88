using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Engine.Pipeline;
using VixShield.Live.Testing;

namespace VixShield.Live.Engine.Tests.Pipeline;

public class DecisionLoopTests
{
    private readonly Channel<InboundEvent> inbound = Channel.CreateUnbounded<InboundEvent>();
    private readonly Channel<Alert> alerts = Channel.CreateUnbounded<Alert>();

    [Fact]
    public void Process_QuotesAcrossASession_EmitsOpenThenCloseAtCalendarTimes()
    {
        var sut = CreateLoop();

        sut.Process(InboundEvent.ForQuote(Some.Quote(at: Some.NewYork(2026, 3, 2, 9, 30))));
        sut.Process(InboundEvent.ForHeartbeat(Some.NewYork(2026, 3, 2, 16, 0)));

        var sessionEvents = sut.PendingAlerts.Where(a => a.Type.StartsWith("session.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["session.open", "session.close"], sessionEvents.Select(a => a.Type));
        Assert.Equal(Some.NewYork(2026, 3, 2, 9, 30), sessionEvents[0].EventTime);
        Assert.Equal(Some.NewYork(2026, 3, 2, 16, 0), sessionEvents[1].EventTime);
        Assert.Contains(sessionEvents[1].Values, v => v.Name == "quotes" && v.Money == 1m);
    }

    [Fact]
    public void Process_OutOfOrderQuote_IsRefusedWithOneAlertAndNotUsed()
    {
        var sut = CreateLoop();
        sut.Process(InboundEvent.ForQuote(Some.Quote(last: 6000m, at: Some.NewYork(2026, 3, 2, 10, 0, 5))));

        sut.Process(InboundEvent.ForQuote(Some.Quote(last: 5000m, at: Some.NewYork(2026, 3, 2, 10, 0, 1))));
        sut.Process(InboundEvent.ForQuote(Some.Quote(last: 5001m, at: Some.NewYork(2026, 3, 2, 10, 0, 2))));

        Assert.Equal(6000m, sut.LastQuote(MarketSymbol.Spx).Last);
        Assert.Equal(2, sut.Statistics.QuotesRejected);
        var refusal = Assert.Single(sut.PendingAlerts, a => a.Type == "quote.rejected");
        Assert.Contains("OutOfOrder", refusal.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(-1, 0, 0)]
    [InlineData(6000, 6001, 5999)]
    public void Process_BadPrice_IsRefused(int last, int bid, int ask)
    {
        var sut = CreateLoop();

        sut.Process(InboundEvent.ForQuote(Some.Quote(last: last, bid: bid, ask: ask, at: Some.NewYork(2026, 3, 2, 10, 0))));

        Assert.Equal(1, sut.Statistics.QuotesRejected);
        Assert.Equal(0, sut.Statistics.QuotesProcessed);
        Assert.Equal(default, sut.LastQuote(MarketSymbol.Spx));
    }

    [Fact]
    public void Process_IndexSilentBeyondLimit_RaisesStaleOnceThenRecovered()
    {
        var sut = CreateLoop(watchStaleness: true);
        var open = Some.NewYork(2026, 3, 2, 9, 30);
        foreach (var symbol in new[] { MarketSymbol.Spx, MarketSymbol.Vix, MarketSymbol.Vix9d, MarketSymbol.Vix3m })
        {
            sut.Process(InboundEvent.ForQuote(Some.Quote(symbol, last: 20m, at: open)));
        }

        for (var second = 1; second <= 90; second++)
        {
            sut.Process(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Spx, last: 6000m, at: open + Duration.FromSeconds(second))));
            sut.Process(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Vix, last: 17m, at: open + Duration.FromSeconds(second))));
            sut.Process(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Vix9d, last: 16m, at: open + Duration.FromSeconds(second))));
        }

        sut.Process(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Vix3m, last: 19m, at: open + Duration.FromSeconds(91))));

        var health = sut.PendingAlerts.Where(a => a.Type is "feed.stale" or "feed.recovered").ToList();
        Assert.Equal(["feed.stale", "feed.recovered"], health.Select(a => a.Type));
        Assert.All(health, a => Assert.Equal("VIX3M", a.Instrument));
        Assert.Equal(open + Duration.FromSeconds(31), health[0].EventTime);
    }

    [Fact]
    public void Process_FeedStatus_BecomesAnAlertNamingTheFeed()
    {
        var sut = CreateLoop();

        sut.Process(InboundEvent.ForFeedStatus(new FeedStatusChanged("sim", FeedState.Started, Some.SessionOpen, "seed 42")));

        var alert = Assert.Single(sut.PendingAlerts, a => a.Type == "feed.started");
        Assert.Contains("seed 42", alert.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CompletedChannel_DrainsEveryQueuedEventInOrder()
    {
        var sut = CreateLoop();
        for (var minute = 0; minute < 10; minute++)
        {
            inbound.Writer.TryWrite(InboundEvent.ForQuote(Some.Quote(last: 6000m + minute, at: Some.NewYork(2026, 3, 2, 9, 30 + minute))));
        }

        inbound.Writer.Complete();

        await sut.RunAsync(CancellationToken.None);

        alerts.Writer.Complete();
        var written = new List<Alert>();
        await foreach (var alert in alerts.Reader.ReadAllAsync())
        {
            written.Add(alert);
        }

        Assert.Equal(10, sut.Statistics.QuotesProcessed);
        Assert.Equal(9, written.Count(a => a.Type == "bar.closed" && a.Values.Any(v => v.Text == "1m")));
        Assert.Equal(written.Select(a => a.Sequence).Order(), written.Select(a => a.Sequence));
        Assert.Equal(Enumerable.Range(1, written.Count).Select(i => (long)i), written.Select(a => a.Sequence));
    }

    [Fact]
    public void Process_BarsOfSeveralSymbolsClosing_NameEachBarsOwnStartAndEnd()
    {
        var sut = CreateLoop();
        var open = Some.NewYork(2026, 3, 2, 9, 30);
        for (var second = 0; second <= 7 * 60; second += 20)
        {
            foreach (var symbol in new[] { MarketSymbol.Spx, MarketSymbol.Vix, MarketSymbol.Vix3m })
            {
                sut.Process(InboundEvent.ForQuote(Some.Quote(symbol, last: 20m + (second / 60), at: open + Duration.FromSeconds(second))));
            }
        }

        var bars = sut.PendingAlerts.Where(a => a.Type == "bar.closed").ToList();
        Assert.Equal(3 * (7 + 1), bars.Count);
        foreach (var bar in bars)
        {
            var minutes = bar.Values.Single(v => v.Name == "period").Text == "5m" ? 5 : 1;
            var end = bar.EventTime.InZone(DateTimeZoneProviders.Tzdb["America/New_York"]).LocalDateTime;
            var start = end.PlusMinutes(-minutes);
            Assert.EndsWith($" bar {start:yyyy-MM-dd HH:mm:ss} to {end:yyyy-MM-dd HH:mm:ss} closed", bar.Reason, StringComparison.Ordinal);
        }
    }

    private DecisionLoop CreateLoop(bool watchStaleness = false) =>
        new(inbound.Reader, alerts.Writer, new NyseTradingCalendar(), new EngineOptions(), watchStaleness, NullLogger<DecisionLoop>.Instance);
}
