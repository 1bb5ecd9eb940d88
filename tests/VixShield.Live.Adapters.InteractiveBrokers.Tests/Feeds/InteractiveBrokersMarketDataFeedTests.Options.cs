using NodaTime;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Adapters.InteractiveBrokers.Feeds;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Feeds;

/// <summary>SPXW option lines: bid, ask and TWS's model delta and IV.</summary>
public sealed partial class InteractiveBrokersMarketDataFeedTests
{
    [Fact]
    public async Task SubscribeOptionAsync_SpxwPut_KeepsBidAskAndModelGreeksAndCancelsOnDispose()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        var sut = harness.Feed;
        await harness.SubscribedAllAsync();

        var option = await sut.SubscribeOptionAsync(new LocalDate(2026, 10, 16), 6400m, OptionRight.Put, Guard);
        var request = await harness.Server.WaitForRequestAsync(r => r.Name == "REQ_MKT_DATA" && r.Field("secType") == "OPT", Guard);
        var requestId = FeedHarness.RequestId(request);
        await harness.TickAsync(requestId, 1, "2.35");
        await harness.TickAsync(requestId, 2, "2.45");
        await harness.Server.SendAsync(new FakeTwsMessage(21, [$"{requestId}", "13", "1", "0.1873", "-0.0722", "2.4", "0", "0.0011", "0.52", "-1.9", "6563.45"]), Guard);
        await harness.Server.SendAsync(new FakeTwsMessage(21, [$"{requestId}", "10", "1", "0.25", "-0.09", "2.35", "0", "0.0011", "0.52", "-1.9", "6563.45"]), Guard);
        var beforeSentinel = await harness.SyncAsync();
        var latest = option.Latest;
        await option.DisposeAsync();
        var cancel = await harness.Server.WaitForRequestAsync(r => r.Name == "CANCEL_MKT_DATA", Guard);

        Assert.Equal(new OptionQuote(2.35m, 2.45m, -0.0722, 0.1873, FeedHarness.StartTime), latest);
        Assert.Equal(TwsFeedScript.SpxwPutConId, option.Contract.ConId);
        Assert.Equal(("SPX", "20261016", "6400", "P", "SPXW", "800000002"),
            (request.Field("symbol"), request.Field("lastTradeDateOrContractMonth"), request.Field("strike"), request.Field("right"),
                request.Field("tradingClass"), request.Field("conId")));
        Assert.Equal(requestId.ToString(System.Globalization.CultureInfo.InvariantCulture), cancel.Field("reqId"));
        Assert.DoesNotContain(beforeSentinel, e => e.Kind == InboundEventKind.Quote);
    }

    [Fact]
    public async Task SubscribeOptionAsync_UnknownOption_ThrowsWithTwsNoSecurityDefinition()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        var sut = harness.Feed;

        var error = await Assert.ThrowsAsync<InteractiveBrokersRequestException>(
            () => sut.SubscribeOptionAsync(new LocalDate(2026, 10, 16), 9999m, OptionRight.Call, Guard));

        Assert.Equal(200, error.Code);
        Assert.Contains("SPXW 2026-10-16 9999 Call", error.Message, StringComparison.Ordinal);
    }
}
