using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Adapters.InteractiveBrokers.Client;
using VixShield.Live.Adapters.InteractiveBrokers.Feeds;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Testing;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Feeds;

/// <summary>The connection state machine: drops, 1100/1101/1102, notices, reset windows, stopping.</summary>
public sealed partial class InteractiveBrokersMarketDataFeedTests
{
    private const string ConnectivityLost = "Connectivity between IB and Trader Workstation has been lost.";
    private const string RestoredDataLost = "Connectivity between IB and Trader Workstation has been restored - data lost.";
    private const string RestoredDataMaintained = "Connectivity between IB and Trader Workstation has been restored - data maintained.";

    [Fact]
    public async Task RunAsync_ServerDropsTheConnection_ReportsDisconnectedThenReconnectsAndResubscribesEverything()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        await harness.SubscribedAllAsync();
        await harness.SyncAsync();
        harness.Time.Clock.Advance(TimeSpan.FromSeconds(5));

        harness.Server.DropConnection();
        var disconnected = await harness.NextStatusAsync();
        var reconnected = await harness.NextStatusAsync();
        var ids = await harness.SubscribedAllAsync(connection: 2);
        await harness.TickAsync(ids["SPX"], 4, "6010");
        await harness.SyncAsync(connection: 2);

        Assert.Equal(FeedState.Disconnected, disconnected.State);
        Assert.DoesNotContain("expected", disconnected.Reason, StringComparison.Ordinal);
        Assert.Equal(FeedState.Connected, reconnected.State);
        Assert.StartsWith("reconnected to TWS", reconnected.Reason, StringComparison.Ordinal);
        Assert.Equal([6010m], harness.Quotes(MarketSymbol.Spx).Select(q => q.Last));
        var second = harness.Server.Requests.Where(r => r.ConnectionNumber == 2).Select(r => r.Name).ToList();
        Assert.Contains("REQ_MARKET_DATA_TYPE", second);
        Assert.Equal(7, second.Count(name => name == "REQ_CONTRACT_DATA"));
        Assert.Equal(6, second.Count(name => name == "REQ_MKT_DATA"));
        Assert.Single(harness.Logs.Containing("Connection to TWS lost"), r => r.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task RunAsync_DropInsideTheNightlyResetWindow_IsReportedAsExpectedAndLoggedAtInformation()
    {
        var thursdayNight = Some.NewYork(2026, 10, 15, 0, 30);
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard, start: thursdayNight);
        await harness.SubscribedAllAsync();
        await harness.SyncAsync();

        harness.Server.DropConnection();
        var disconnected = await harness.NextStatusAsync();
        await harness.NextStatusAsync(s => s.State == FeedState.Connected);

        Assert.Equal(FeedState.Disconnected, disconnected.State);
        Assert.Contains("expected inside the IB reset window", disconnected.Reason, StringComparison.Ordinal);
        var logged = Assert.Single(harness.Logs.Containing("Connection to TWS lost"));
        Assert.Equal(LogLevel.Information, logged.Level);
    }

    [Fact]
    public async Task RunAsync_ConnectivityNoticesWithRepeats_ReportEachStateChangeOnce()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        var first = await harness.SubscribedAllAsync();
        await harness.SyncAsync();
        harness.Time.Clock.Advance(TimeSpan.FromSeconds(5));
        var before = harness.Statuses.Count();

        await harness.NoticeAsync(1100, ConnectivityLost);
        await harness.NoticeAsync(1100, ConnectivityLost);
        await harness.NoticeAsync(2110, "Connectivity between Trader Workstation and server is broken. It will be restored automatically.");
        await harness.NoticeAsync(1101, RestoredDataLost);
        await harness.NoticeAsync(1101, RestoredDataLost);
        await harness.NoticeAsync(1100, ConnectivityLost);
        await harness.NoticeAsync(1102, RestoredDataMaintained);
        await harness.NoticeAsync(1102, RestoredDataMaintained);
        await harness.SubscribedAllAsync(after: first);
        await harness.SyncAsync();

        var changes = harness.Statuses.Skip(before).ToList();
        Assert.Equal(
            [FeedState.Disconnected, FeedState.Connected, FeedState.Disconnected, FeedState.Connected],
            changes.Select(s => s.State));
        Assert.Contains("(1100", changes[0].Reason, StringComparison.Ordinal);
        Assert.Contains("data lost (1101)", changes[1].Reason, StringComparison.Ordinal);
        Assert.Contains("data maintained (1102)", changes[3].Reason, StringComparison.Ordinal);
        Assert.Equal(2, harness.Logs.Containing("TWS lost its connection to IB").Count);
    }

    [Fact]
    public async Task RunAsync_DataLost1101_ResubscribesEveryLineWhile1102DoesNot()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        var first = await harness.SubscribedAllAsync();
        await harness.SyncAsync();
        harness.Time.Clock.Advance(TimeSpan.FromSeconds(5));

        await harness.NoticeAsync(1100, ConnectivityLost);
        await harness.NoticeAsync(1102, RestoredDataMaintained);
        await harness.NoticeAsync(1100, ConnectivityLost);
        await harness.NoticeAsync(1101, RestoredDataLost);
        var second = await harness.SubscribedAllAsync(after: first);
        foreach (var symbol in FeedHarness.StreamedSymbols)
        {
            await harness.Server.WaitForRequestAsync(
                r => r.Name == "CANCEL_MKT_DATA" && r.Field("reqId") == first[symbol].ToString(System.Globalization.CultureInfo.InvariantCulture), Guard);
        }

        await harness.TickAsync(first["SPX"], 4, "6000");
        await harness.TickAsync(second["SPX"], 4, "6001");
        await harness.SyncAsync();

        var requests = harness.Server.Requests;
        Assert.Equal(12, requests.Count(r => r.Name == "REQ_MKT_DATA"));
        Assert.Equal(6, requests.Count(r => r.Name == "CANCEL_MKT_DATA"));
        Assert.Equal(7, requests.Count(r => r.Name == "REQ_CONTRACT_DATA"));
        Assert.Equal(2, requests.Count(r => r.Name == "REQ_MARKET_DATA_TYPE"));
        Assert.Single(harness.Server.Connections);
        Assert.Equal([6001m], harness.Quotes(MarketSymbol.Spx).Select(q => q.Last));
    }

    [Fact]
    public async Task RunAsync_FarmAndSessionNotices_AreLoggedOncePerChangeAtTheirLevel()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        await harness.SubscribedAllAsync();
        await harness.SyncAsync();

        await harness.NoticeAsync(2103, "Market data farm connection is broken:usfarm");
        await harness.NoticeAsync(2103, "Market data farm connection is broken:usfarm");
        await harness.NoticeAsync(2104, "Market data farm connection is OK:usfarm");
        await harness.NoticeAsync(2105, "HMDS data farm connection is broken:ushmds");
        await harness.NoticeAsync(10197, "No market data during competing live session");
        await harness.NoticeAsync(10197, "No market data during competing live session");
        await harness.NoticeAsync(504, "Not connected");
        await harness.SyncAsync();

        Assert.Equal(LogLevel.Warning, Assert.Single(harness.Logs.Containing("broken:usfarm")).Level);
        Assert.Equal(
            [LogLevel.Information, LogLevel.Information],
            harness.Logs.Containing("OK:usfarm").Select(r => r.Level));
        Assert.Equal(LogLevel.Warning, Assert.Single(harness.Logs.Containing("broken:ushmds")).Level);
        Assert.Equal(LogLevel.Warning, Assert.Single(harness.Logs.Containing("competing live session")).Level);
        Assert.Equal(LogLevel.Error, Assert.Single(harness.Logs.Containing("Not connected")).Level);
        Assert.Equal([FeedState.Started, FeedState.Connected], harness.Statuses.Select(s => s.State));
    }

    [Fact]
    public async Task RunAsync_Cancelled_ReportsStoppedAndEndsWithCancellation()
    {
        var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        await using (harness)
        {
            await harness.SubscribedAllAsync();
            await harness.SyncAsync();

            var ended = await harness.StopAsync();
            var stopped = await harness.NextStatusAsync();

            Assert.IsAssignableFrom<OperationCanceledException>(ended);
            Assert.Equal((FeedState.Stopped, "cancelled"), (stopped.State, stopped.Reason));
            await harness.Server.Connections[0].Closed.WaitAsync(Guard);
        }
    }

    [Fact]
    public async Task RunAsync_CalledTwice_Throws()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        var sut = harness.Feed;

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.RunAsync(harness.Inbound.Writer, Guard));
    }

    [Fact]
    public async Task RunAsync_NothingListensAndRetriesRunOut_LogsOneClearErrorReportsFailedAndThrows()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var connectTimeout = TimeSpan.FromSeconds(7.5);
        var options = new InteractiveBrokersOptions { Port = port, ConnectRetryAttempts = 2, ConnectTimeout = connectTimeout };
        var time = new TimerSpyTimeProvider(FeedHarness.StartTime);
        var logs = new RecordingLoggerFactory();
        var sut = InteractiveBrokersFeedFactory.Create(options, time, logs);
        var inbound = Channel.CreateBounded<InboundEvent>(16);

        var running = sut.RunAsync(inbound.Writer, Guard);
        for (var retry = 0; retry < 2; retry++)
        {
            TimeSpan backoff;
            do
            {
                backoff = await time.NextTimerAsync(Guard);
            }
            while (backoff == connectTimeout);

            time.Clock.Advance(backoff);
        }

        var error = await Assert.ThrowsAsync<TwsConnectionException>(() => running.WaitAsync(Guard));
        inbound.Writer.Complete();
        var statuses = new List<FeedStatusChanged>();
        await foreach (var item in inbound.Reader.ReadAllAsync(Guard))
        {
            statuses.Add(Assert.IsType<FeedStatusChanged>(item.Payload));
        }

        Assert.Equal(TwsConnectionFailure.Unreachable, error.Failure);
        Assert.Equal([FeedState.Started, FeedState.Failed], statuses.Select(s => s.State));
        Assert.Contains("gave up connecting to TWS", statuses[1].Reason, StringComparison.Ordinal);
        var unreachable = Assert.Single(logs.Containing("Cannot connect to TWS"));
        Assert.Equal(LogLevel.Error, unreachable.Level);
        Assert.Contains($"127.0.0.1:{port} (502)", unreachable.Message, StringComparison.Ordinal);
    }
}
