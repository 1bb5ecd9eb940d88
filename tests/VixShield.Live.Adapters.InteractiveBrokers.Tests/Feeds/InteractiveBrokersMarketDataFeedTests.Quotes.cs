using Microsoft.Extensions.Logging;
using NodaTime;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Feeds;

/// <summary>Quotes: symbols, times, refused ticks, duplicates, delayed data, breadth sources.</summary>
public sealed partial class InteractiveBrokersMarketDataFeedTests
{
    [Fact]
    public async Task RunAsync_LastPriceTicks_WritesDomainQuotesWithTheRightSymbolsAndDecodeTimes()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        var sut = harness.Feed;
        var ids = await harness.SubscribedAllAsync();

        await harness.TickAsync(ids["SPX"], 4, "6563.45");
        await harness.TickAsync(ids["VIX"], 4, "16.93");
        await harness.TickAsync(ids["VIX3M"], 4, "19.4");
        await harness.TickAsync(ids["ADV-NYSE"], 4, "1734");
        await harness.TickAsync(ids["DECL-NYSE"], 4, "1102");
        await harness.SyncAsync();
        harness.Time.Clock.Advance(TimeSpan.FromSeconds(1.5));
        await harness.TickAsync(ids["SPX"], 4, "6564.2");
        await harness.SyncAsync();

        var start = FeedHarness.StartTime;
        var later = start + Duration.FromMilliseconds(1500);
        Assert.Equal(
            [
                new Quote(MarketSymbol.Spx, 0m, 0m, 6563.45m, start, start),
                new Quote(MarketSymbol.Spx, 0m, 0m, 6564.2m, later, later),
            ],
            harness.Quotes(MarketSymbol.Spx));
        Assert.Equal([16.93m], harness.Quotes(MarketSymbol.Vix).Select(q => q.Last));
        Assert.Equal([19.4m], harness.Quotes(MarketSymbol.Vix3m).Select(q => q.Last));
        Assert.Equal([1734m], harness.Quotes(MarketSymbol.NyseAdvancing).Select(q => q.Last));
        Assert.Equal([1102m], harness.Quotes(MarketSymbol.NyseDeclining).Select(q => q.Last));
        Assert.Equal([FeedState.Started, FeedState.Connected], harness.Statuses.Select(s => s.State));
        Assert.Equal("tws", sut.Name);
        Assert.Equal(TwsMarketDataType.Live, sut.GetMarketDataType(MarketSymbol.Spx));
    }

    [Fact]
    public async Task RunAsync_Startup_SetsTheDataTypeLooksContractsUpAndSubscribesByConId()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        await harness.SubscribedAllAsync();

        var requests = harness.Server.Requests.Where(r => r.ConnectionNumber == 1).ToList();
        var dataType = requests.FindIndex(r => r.Name == "REQ_MARKET_DATA_TYPE");
        var firstSubscription = requests.FindIndex(r => r.Name == "REQ_MKT_DATA");
        Assert.InRange(dataType, 0, firstSubscription - 1);
        Assert.Equal("3", requests[dataType].Field("marketDataType"));
        Assert.Equal(
            ["AD-NYSE", "ADV-NYSE", "DECL-NYSE", "SPX", "VIX", "VIX3M", "VIX9D"],
            requests.Where(r => r.Name == "REQ_CONTRACT_DATA").Select(r => r.Field("symbol")).Order(StringComparer.Ordinal));
        var spx = requests.Single(r => r.Name == "REQ_MKT_DATA" && r.Field("symbol") == "SPX");
        Assert.Equal(("416904", "IND", "CBOE", "USD"), (spx.Field("conId"), spx.Field("secType"), spx.Field("exchange"), spx.Field("currency")));
        Assert.DoesNotContain(requests, r => r.Name == "REQ_MKT_DATA" && r.Field("symbol") == "AD-NYSE");
        Assert.Empty(harness.Server.ProtocolErrors);
    }

    [Fact]
    public async Task RunAsync_BadTicks_AreNotWrittenAndAreCountedAndLoggedOncePerKind()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        var sut = harness.Feed;
        var spx = await harness.SubscribedAsync("SPX");
        await harness.SubscribedAsync("VIX9D");

        await harness.TickAsync(spx, 4, "6000");
        await harness.TickAsync(spx, 4, "-1");
        await harness.TickAsync(spx, 4, "0");
        await harness.TickAsync(spx, 4, "NaN");
        await harness.TickAsync(spx, 4, "-1");
        await harness.TickAsync(spx, 4, "7300");
        await harness.TickAsync(spx, 4, "6001");
        await harness.SyncAsync();

        Assert.Equal([6000m, 6001m], harness.Quotes(MarketSymbol.Spx).Select(q => q.Last));
        var statistics = sut.Statistics;
        Assert.Equal((3L, 1L, 1L, 0L), (statistics.NoDataRejected, statistics.NotPositiveRejected, statistics.JumpRejected, statistics.JumpsConfirmed));
        var refusals = harness.Logs.Containing("Refused SPX tick");
        Assert.Equal(3, refusals.Count);
        Assert.All(refusals, r => Assert.Equal(LogLevel.Warning, r.Level));
        Assert.Single(harness.Server.Connections);
    }

    [Fact]
    public async Task RunAsync_JumpConfirmedByConsecutiveTicks_WritesTheConfirmingTickOnly()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        var sut = harness.Feed;
        var vix = await harness.SubscribedAsync("VIX");
        await harness.SubscribedAsync("VIX9D");

        await harness.TickAsync(vix, 4, "16");
        await harness.TickAsync(vix, 4, "24");
        await harness.TickAsync(vix, 4, "25");
        await harness.TickAsync(vix, 4, "26");
        await harness.TickAsync(vix, 4, "26.5");
        await harness.SyncAsync();

        Assert.Equal([16m, 26m, 26.5m], harness.Quotes(MarketSymbol.Vix).Select(q => q.Last));
        Assert.Equal((2L, 1L), (sut.Statistics.JumpRejected, sut.Statistics.JumpsConfirmed));
        Assert.Single(harness.Logs.Containing("VIX moved from 16 to 26"));
    }

    [Fact]
    public async Task RunAsync_PriorCloseTick_IsAJumpReferenceNotAQuote()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        var spx = await harness.SubscribedAsync("SPX");
        await harness.SubscribedAsync("VIX9D");

        await harness.TickAsync(spx, 9, "6550");
        await harness.TickAsync(spx, 4, "8100");
        await harness.TickAsync(spx, 4, "6560");
        await harness.SyncAsync();

        Assert.Equal([6560m], harness.Quotes(MarketSymbol.Spx).Select(q => q.Last));
        Assert.Equal(1L, harness.Feed.Statistics.JumpRejected);
    }

    [Fact]
    public async Task RunAsync_DuplicateTicks_PassThroughOnceEach()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        var sut = harness.Feed;
        var spx = await harness.SubscribedAsync("SPX");
        await harness.SubscribedAsync("VIX9D");

        await harness.TickAsync(spx, 4, "6000.5");
        await harness.TickAsync(spx, 4, "6000.5");
        await harness.TickAsync(spx, 4, "6000.5");
        await harness.SyncAsync();

        Assert.Equal([6000.5m, 6000.5m, 6000.5m], harness.Quotes(MarketSymbol.Spx).Select(q => q.Last));
        Assert.Equal(0L, sut.Statistics.QuotesCoalesced);
    }

    [Fact]
    public async Task RunAsync_DelayedDataForOneIndex_QuotesDelayedTicksAndReportsTheDataTypeOnce()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript().WithDelayedData("VIX"), Guard);
        var sut = harness.Feed;
        var vix = await harness.SubscribedAsync("VIX");
        await harness.SubscribedAllAsync();

        await harness.TickAsync(vix, 68, "16.88");
        await harness.TickAsync(vix, 68, "16.93");
        await harness.SyncAsync();

        Assert.Equal([16.88m, 16.93m], harness.Quotes(MarketSymbol.Vix).Select(q => q.Last));
        var delayed = Assert.Single(harness.Statuses, s => s.Reason.StartsWith("delayed market data (10167)", StringComparison.Ordinal));
        Assert.Equal(FeedState.Connected, delayed.State);
        Assert.Contains("VIX", delayed.Reason, StringComparison.Ordinal);
        Assert.Equal(TwsMarketDataType.Delayed, sut.GetMarketDataType(MarketSymbol.Vix));
        Assert.Equal(TwsMarketDataType.Live, sut.GetMarketDataType(MarketSymbol.Spx));
        Assert.Single(harness.Logs.Containing("VIX: TWS delivers delayed market data"));
    }

    [Fact]
    public async Task RunAsync_NoAdvancingOrDecliningContracts_UsesAdvanceDeclineBidAndAsk()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript().WithoutContracts("ADV-NYSE", "DECL-NYSE"), Guard);
        var breadth = await harness.SubscribedAsync("AD-NYSE");
        await harness.SubscribedAsync("VIX9D");

        await harness.TickAsync(breadth, 1, "1734");
        await harness.TickAsync(breadth, 2, "1102");
        await harness.SyncAsync();

        Assert.Equal([1734m], harness.Quotes(MarketSymbol.NyseAdvancing).Select(q => q.Last));
        Assert.Equal([1102m], harness.Quotes(MarketSymbol.NyseDeclining).Select(q => q.Last));
        Assert.DoesNotContain(harness.Statuses, s => s.State == FeedState.Failed);
    }

    [Fact]
    public async Task RunAsync_NoBreadthContractAtAll_ReportsFailedOnceAndStreamsTheRest()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript().WithoutContracts("ADV-NYSE", "DECL-NYSE", "AD-NYSE"), Guard);
        var spx = await harness.SubscribedAsync("SPX");
        await harness.SubscribedAsync("VIX9D");

        await harness.NextStatusAsync(s => s.State == FeedState.Failed);
        await harness.TickAsync(spx, 4, "6000");
        await harness.SyncAsync();

        var failed = Assert.Single(harness.Statuses, s => s.State == FeedState.Failed);
        Assert.StartsWith("NYSE breadth unavailable at IB", failed.Reason, StringComparison.Ordinal);
        Assert.Contains("200", failed.Reason, StringComparison.Ordinal);
        Assert.Equal([6000m], harness.Quotes(MarketSymbol.Spx).Select(q => q.Last));
        Assert.DoesNotContain(harness.Server.Requests, r => r.Name == "REQ_MKT_DATA" && r.Field("exchange") == "NYSE");
        Assert.Single(harness.Logs.Containing("NYSE breadth unavailable at IB"), r => r.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task RunAsync_MarketDataRefused_QuotesTheLastCompletedDailyCloseFromHistory()
    {
        var script = new TwsFeedScript()
            .WithMarketDataRefused("VIX3M", 354, "Requested market data is not subscribed.")
            .WithDailyBars("VIX3M", ("20261014", "19.1", "19.8", "18.9", "19.5"), ("20261015", "19.5", "20.2", "19.3", "20.05"), ("20261016", "20.05", "20.4", "19.9", "20.3"));
        await using var harness = FeedHarness.Start(script, Guard);
        await harness.SubscribedAllAsync();

        var failed = await harness.NextStatusAsync(s => s.State == FeedState.Failed);
        await harness.SyncAsync();

        Assert.StartsWith("VIX3M: no live or delayed market data (354", failed.Reason, StringComparison.Ordinal);
        Assert.Contains("20.05 of 2026-10-15", failed.Reason, StringComparison.Ordinal);
        Assert.Equal([20.05m], harness.Quotes(MarketSymbol.Vix3m).Select(q => q.Last));
        var history = Assert.Single(harness.Server.Requests, r => r.Name == "REQ_HISTORICAL_DATA");
        Assert.Equal(("VIX3M", "1 day", "TRADES"), (history.Field("symbol"), history.Field("barSizeSetting"), history.Field("whatToShow")));
    }
}
