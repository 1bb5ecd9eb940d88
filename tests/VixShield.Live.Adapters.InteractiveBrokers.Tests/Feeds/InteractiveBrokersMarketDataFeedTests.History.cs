using VixShield.Live.Adapters.InteractiveBrokers.Feeds;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Testing;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Feeds;

/// <summary>Daily history for warm-up, and TWS's historical pacing under a burst.</summary>
public sealed partial class InteractiveBrokersMarketDataFeedTests
{
    private static readonly (string, string, string, string, string)[] SpxDailyBars =
    [
        ("20261013", "6500", "6540.5", "6490.25", "6530.75"),
        ("20261014", "6530.75", "6555", "6512", "6548.1"),
        ("20261015", "6548.1", "6566", "6531.4", "6551.37"),
        ("20261016", "6551.37", "6571.9", "6549.12", "6563.45"),
    ];

    [Fact]
    public async Task GetDailyHistoryAsync_Spx_ReturnsCompletedSessionsAsDailyBarsOnTheNyseCalendar()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript().WithDailyBars("SPX", SpxDailyBars), Guard);
        var sut = harness.Feed;

        var bars = await sut.GetDailyHistoryAsync(MarketSymbol.Spx, 3, Guard);

        Assert.Equal(
            [
                new Bar(MarketSymbol.Spx, BarPeriod.Daily, new(2026, 10, 13), Some.NewYork(2026, 10, 13, 9, 30), Some.NewYork(2026, 10, 13, 16, 0), 6500m, 6540.5m, 6490.25m, 6530.75m),
                new Bar(MarketSymbol.Spx, BarPeriod.Daily, new(2026, 10, 14), Some.NewYork(2026, 10, 14, 9, 30), Some.NewYork(2026, 10, 14, 16, 0), 6530.75m, 6555m, 6512m, 6548.1m),
                new Bar(MarketSymbol.Spx, BarPeriod.Daily, new(2026, 10, 15), Some.NewYork(2026, 10, 15, 9, 30), Some.NewYork(2026, 10, 15, 16, 0), 6548.1m, 6566m, 6531.4m, 6551.37m),
            ],
            bars);
        var request = Assert.Single(harness.Server.Requests, r => r.Name == "REQ_HISTORICAL_DATA");
        Assert.Equal(
            ("SPX", "IND", "CBOE", "", "1 day", "4 D", "1", "TRADES", "1"),
            (request.Field("symbol"), request.Field("secType"), request.Field("exchange"), request.Field("endDateTime"),
                request.Field("barSizeSetting"), request.Field("durationStr"), request.Field("useRTH"), request.Field("whatToShow"), request.Field("formatDate")));
    }

    [Fact]
    public async Task GetDailyHistoryAsync_TwsReturnsNoData_ReturnsNoBars()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        var sut = harness.Feed;

        var bars = await sut.GetDailyHistoryAsync(MarketSymbol.Vix, 10, Guard);

        Assert.Empty(bars);
    }

    [Fact]
    public async Task GetDailyHistoryAsync_SymbolWithoutTwsHistory_ThrowsNamingTheAllowedSymbols()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        var sut = harness.Feed;

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => sut.GetDailyHistoryAsync(MarketSymbol.Vvix, 10, Guard));

        Assert.Contains("SPX, VIX, VIX9D, VIX3M, NYSE-ADV, NYSE-DECL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetDailyHistoryAsync_BurstForOneContract_SendsFiveThenWaitsTwoSecondsOnTheClock()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript().WithDailyBars("SPX", SpxDailyBars), Guard);
        var sut = harness.Feed;
        await harness.SubscribedAllAsync();
        var paced = harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2), Guard);

        var burst = Enumerable.Range(1, 7).Select(days => sut.GetDailyHistoryAsync(MarketSymbol.Spx, days, Guard)).ToList();
        await Task.WhenAll(burst.Take(HistoricalDataPacer.SameContractLimit)).WaitAsync(Guard);
        await paced;
        var beforeTheWindowPassed = harness.Server.Requests.Count(r => r.Name == "REQ_HISTORICAL_DATA");
        var sixthDoneEarly = burst[5].IsCompleted || burst[6].IsCompleted;
        harness.Time.Clock.Advance(TimeSpan.FromSeconds(2));
        await Task.WhenAll(burst).WaitAsync(Guard);

        Assert.Equal(HistoricalDataPacer.SameContractLimit, beforeTheWindowPassed);
        Assert.False(sixthDoneEarly);
        Assert.Equal(7, harness.Server.Requests.Count(r => r.Name == "REQ_HISTORICAL_DATA"));
        Assert.All(burst, task => Assert.NotEmpty(task.Result));
        Assert.Empty(harness.Server.ProtocolErrors);
    }
}
