using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Adapters.InteractiveBrokers.Feeds;
using VixShield.Live.Adapters.InteractiveBrokers.Tests.Feeds;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Reliability;

/// <summary>The TWS feed against a fake TWS that misbehaves: refuses, hangs, trickles, sends garbage, drops mid-frame,
/// flaps its IB connectivity and sends implausible prices. The feed must reconnect or refuse as documented, report
/// each state change once, keep running, and never write a quote it was told to refuse.</summary>
/// <remarks>Complements <c>Feeds/InteractiveBrokersMarketDataFeedTests</c> (one drop, one notice sequence, -1/0/NaN,
/// one confirmed jump) with the faults those do not cover. Every wait is on an event under a hang guard; backoffs and
/// timeouts run on a manual clock.</remarks>
public sealed class InteractiveBrokersFeedFaultTests : IDisposable
{
    private const string ConnectivityLost = "Connectivity between IB and Trader Workstation has been lost.";
    private const string RestoredDataLost = "Connectivity between IB and Trader Workstation has been restored - data lost.";
    private const string RestoredDataMaintained = "Connectivity between IB and Trader Workstation has been restored - data maintained.";
    private const string ServerBroken = "Connectivity between Trader Workstation and server is broken. It will be restored automatically.";

    private readonly CancellationTokenSource guard = new(TimeSpan.FromSeconds(60));

    private CancellationToken Guard => guard.Token;

    public void Dispose() => guard.Dispose();

    [Fact]
    public async Task RunAsync_TwsRefusesConnectionsForMinutes_ConnectsWhenItAcceptsAndReportsTheOutageOnce()
    {
        var outage = TimeSpan.FromMinutes(3);
        await using var server = FakeTwsServer.Start(new FakeTwsServerOptions { Script = new TwsFeedScript().Build() });
        server.PlanConnections(FakeTwsConnectionBehavior.CloseOnAccept);
        var options = Options(server);
        var time = new TimerSpyTimeProvider(FeedHarness.StartTime);
        var logs = new RecordingLoggerFactory();
        var sut = CreateFeed(options, time, logs);
        var inbound = Channel.CreateBounded<InboundEvent>(4096);
        using var stopping = new CancellationTokenSource();

        var running = sut.RunAsync(inbound.Writer, stopping.Token);
        var refusals = 1;
        var waited = TimeSpan.Zero;
        while (true)
        {
            await (await server.WaitForConnectionAsync(refusals, Guard)).Closed.WaitAsync(Guard);
            var backoff = await NextBackoffAsync(time, options);
            var refuseAgain = waited < outage;
            if (refuseAgain)
            {
                server.PlanConnections(FakeTwsConnectionBehavior.CloseOnAccept);
            }

            time.Clock.Advance(backoff);
            waited += backoff;
            if (!refuseAgain)
            {
                break;
            }

            refusals++;
        }

        await server.WaitForRequestAsync(r => r.Name == "REQ_MKT_DATA" && r.ConnectionNumber == refusals + 1 && r.Field("symbol") == "SPX", Guard);
        var statuses = await ReadStatusesUntilAsync(inbound, s => s.State == FeedState.Connected);

        Assert.True(refusals >= 3, $"{refusals} refusals over {waited}");
        Assert.Equal([FeedState.Started, FeedState.Connected], statuses.Select(s => s.State));
        Assert.Equal(refusals + 1, server.Connections.Count);
        Assert.Single(logs.Containing("Connecting to TWS at"), r => r.Level >= LogLevel.Warning);
        Assert.False(running.IsCompleted);
        await stopping.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(Guard));
    }

    [Fact]
    public async Task RunAsync_TwsAcceptsAndNeverAnswers_TimesOutTheHandshakeOnTheClockAndConnectsOnTheNextAttempt()
    {
        await using var server = FakeTwsServer.Start(new FakeTwsServerOptions { Script = new TwsFeedScript().Build() });
        server.PlanConnections(FakeTwsConnectionBehavior.Silent);
        var options = Options(server);
        var time = new TimerSpyTimeProvider(FeedHarness.StartTime);
        var logs = new RecordingLoggerFactory();
        var sut = CreateFeed(options, time, logs);
        var inbound = Channel.CreateBounded<InboundEvent>(4096);
        using var stopping = new CancellationTokenSource();

        var running = sut.RunAsync(inbound.Writer, stopping.Token);
        await (await server.WaitForConnectionAsync(1, Guard)).HelloReceived.WaitAsync(Guard);
        TimeSpan dueTime;
        do
        {
            dueTime = await time.NextTimerAsync(Guard);
        }
        while (dueTime != options.HandshakeTimeout);

        time.Clock.Advance(options.HandshakeTimeout);
        time.Clock.Advance(await NextBackoffAsync(time, options));
        var statuses = await ReadStatusesUntilAsync(inbound, s => s.State == FeedState.Connected);

        Assert.Equal([FeedState.Started, FeedState.Connected], statuses.Select(s => s.State));
        Assert.Equal(2, server.Connections.Count);
        var timeout = Assert.Single(logs.Containing("did not complete the handshake"));
        Assert.Equal(LogLevel.Warning, timeout.Level);
        Assert.False(running.IsCompleted);
        await stopping.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(Guard));
    }

    [Fact]
    public async Task RunAsync_TwsWritesByteByByte_QuotesArriveWholeAndExact()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        harness.Server.WriteByteByByte = true;
        var ids = await harness.SubscribedAllAsync();

        await harness.TickAsync(ids["SPX"], 4, "6563.45");
        await harness.TickAsync(ids["VIX"], 4, "16.93");
        await harness.TickAsync(ids["SPX"], 4, "6563.5");
        await harness.SyncAsync();

        Assert.Equal([6563.45m, 6563.5m], harness.Quotes(MarketSymbol.Spx).Select(q => q.Last));
        Assert.Equal([16.93m], harness.Quotes(MarketSymbol.Vix).Select(q => q.Last));
        Assert.Single(harness.Server.Connections);
        Assert.Empty(harness.Server.ProtocolErrors);
    }

    public static TheoryData<string> MalformedFrames => new(["unparsable price", "raw garbage", "oversized length", "unterminated field", "negative length"]);

    [Theory]
    [MemberData(nameof(MalformedFrames))]
    public async Task RunAsync_MalformedFrameMidStream_ReconnectsResubscribesAndWritesNothingFromIt(string kind)
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        var first = await harness.SubscribedAllAsync();
        await harness.TickAsync(first["SPX"], 4, "6000");
        await harness.SyncAsync();
        var before = harness.Statuses.Count();

        await SendMalformedAsync(harness, kind, first["SPX"]);
        var lost = await harness.NextStatusAsync();
        var back = await harness.NextStatusAsync();
        var second = await harness.SubscribedAllAsync(connection: 2);
        await harness.TickAsync(second["SPX"], 4, "6001");
        await harness.SyncAsync(connection: 2);

        Assert.Equal(FeedState.Disconnected, lost.State);
        Assert.Contains("break the protocol", lost.Reason, StringComparison.Ordinal);
        Assert.Equal(FeedState.Connected, back.State);
        Assert.Equal(before + 2, harness.Statuses.Count());
        Assert.Equal([6000m, 6001m], harness.Quotes(MarketSymbol.Spx).Select(q => q.Last));
        Assert.Equal(2, harness.Server.Connections.Count);
        Assert.False(harness.Running.IsCompleted);
    }

    [Fact]
    public async Task RunAsync_ConnectionDropsInsideATickFrame_NeverWritesThePartialTick()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        var first = await harness.SubscribedAllAsync();
        await harness.TickAsync(first["SPX"], 4, "6000");
        await harness.SyncAsync();
        var frame = FakeTwsMessages.TickPrice(first["SPX"], 4, "6123.25").ToFrame();

        await harness.Server.SendRawAsync(frame[..(frame.Length - 3)], Guard);
        harness.Server.DropConnection();
        var lost = await harness.NextStatusAsync();
        await harness.NextStatusAsync(s => s.State == FeedState.Connected);
        var second = await harness.SubscribedAllAsync(connection: 2);
        await harness.TickAsync(second["SPX"], 4, "6002");
        await harness.SyncAsync(connection: 2);

        Assert.Equal(FeedState.Disconnected, lost.State);
        Assert.Equal([6000m, 6002m], harness.Quotes(MarketSymbol.Spx).Select(q => q.Last));
    }

    [Fact]
    public async Task RunAsync_UnknownMessageIdWithGarbageFields_IsIgnoredWithoutDroppingTheConnection()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        var ids = await harness.SubscribedAllAsync();

        await harness.Server.SendAsync(new FakeTwsMessage(9999, ["\u00ff", "x", string.Empty, "NaN"]), Guard);
        await harness.TickAsync(ids["SPX"], 4, "6000");
        await harness.SyncAsync();

        Assert.Equal([6000m], harness.Quotes(MarketSymbol.Spx).Select(q => q.Last));
        Assert.Single(harness.Server.Connections);
        Assert.DoesNotContain(harness.Statuses, s => s.State == FeedState.Disconnected);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(102)]
    [InlineData(103)]
    public async Task RunAsync_RandomConnectivityNoticeSequences_ReportEachStateChangeOnceAndKeepQuoting(int seed)
    {
        var random = new Random(seed);
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        var ids = await harness.SubscribedAllAsync();
        await harness.SyncAsync();
        harness.Time.Clock.Advance(TimeSpan.FromSeconds(5));
        var before = harness.Statuses.Count();
        var expected = new List<FeedState>();
        var reported = FeedState.Connected;
        var lastIbNotice = 0;
        var sent = new List<int>();

        for (var i = 0; i < 30; i++)
        {
            var (code, message) = RandomNotice(random);
            sent.Add(code);

            // Notices come seconds apart, which refills the pacing bucket the resubscriptions draw on.
            harness.Time.Clock.Advance(TimeSpan.FromSeconds(5));
            await harness.NoticeAsync(code, message);
            var target = code switch
            {
                1100 or 2110 => FeedState.Disconnected,
                1101 or 1102 => FeedState.Connected,
                _ => reported,
            };
            if (target != reported)
            {
                expected.Add(target);
                reported = target;
            }

            if (code is 1100 or 1101 or 1102 or 2110)
            {
                var resubscribes = code == 1101 && lastIbNotice != 1101;
                lastIbNotice = code == 2110 ? 1100 : code;
                if (resubscribes)
                {
                    ids = await harness.SubscribedAllAsync(after: ids);
                }
            }
        }

        await harness.TickAsync(ids["SPX"], 4, "6000");
        await harness.SyncAsync();

        Assert.True(
            expected.SequenceEqual(harness.Statuses.Skip(before).Select(s => s.State)),
            $"seed {seed}, notices {string.Join(",", sent)}: expected {string.Join(",", expected)}, got {string.Join(",", harness.Statuses.Skip(before).Select(s => s.State))}");
        Assert.Equal([6000m], harness.Quotes(MarketSymbol.Spx).Select(q => q.Last));
        Assert.Single(harness.Server.Connections);
        Assert.False(harness.Running.IsCompleted);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-6000")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e400")]
    [InlineData("1.7976931348623157E308")]
    [InlineData("")]
    [InlineData("1e-30")]
    public async Task RunAsync_ImplausibleFirstTickOfALine_IsNeverWritten(string price)
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        var ids = await harness.SubscribedAllAsync();

        await harness.TickAsync(ids["SPX"], 4, price);
        await harness.TickAsync(ids["SPX"], 4, "6000");
        await harness.SyncAsync();

        Assert.Equal([6000m], harness.Quotes(MarketSymbol.Spx).Select(q => q.Last));
        var statistics = harness.Feed.Statistics;
        Assert.Equal(1L, statistics.NoDataRejected + statistics.NotPositiveRejected);
        Assert.Single(harness.Server.Connections);
    }

    [Fact]
    public async Task RunAsync_JumpRightAfterAReconnect_IsHeldAgainstTheLevelBeforeTheDrop()
    {
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        var first = await harness.SubscribedAllAsync();
        await harness.TickAsync(first["SPX"], 4, "6000");
        await harness.SyncAsync();

        harness.Server.DropConnection();
        await harness.NextStatusAsync(s => s.State == FeedState.Connected);
        var second = await harness.SubscribedAllAsync(connection: 2);
        await harness.TickAsync(second["SPX"], 4, "7300");
        await harness.TickAsync(second["SPX"], 4, "6010");
        await harness.TickAsync(second["SPX"], 4, "7212");
        await harness.SyncAsync(connection: 2);

        Assert.Equal([6000m, 6010m, 7212m], harness.Quotes(MarketSymbol.Spx).Select(q => q.Last));
        Assert.Equal(1L, harness.Feed.Statistics.JumpRejected);
    }

    [Theory]
    [InlineData(201)]
    [InlineData(202)]
    public async Task RunAsync_RandomTickStreamWithBadPrints_WritesOnlyPositiveQuotesAndNoLoneJump(int seed)
    {
        var random = new Random(seed);
        await using var harness = FeedHarness.Start(new TwsFeedScript(), Guard);
        var ids = await harness.SubscribedAllAsync();
        var sent = new Dictionary<MarketSymbol, List<decimal?>> { [MarketSymbol.Spx] = [], [MarketSymbol.Vix] = [] };
        var level = new Dictionary<MarketSymbol, decimal> { [MarketSymbol.Spx] = 6000m, [MarketSymbol.Vix] = 17m };

        for (var i = 0; i < 400; i++)
        {
            var symbol = random.Next(2) == 0 ? MarketSymbol.Spx : MarketSymbol.Vix;
            var (text, value) = RandomPrint(random, level[symbol], uniqueTail: i / 10_000m);
            if (value is { } moved && random.Next(3) > 0)
            {
                level[symbol] = moved;
            }

            sent[symbol].Add(value);
            await harness.TickAsync(ids[symbol.DisplayName()], 4, text);
        }

        await harness.SyncAsync();

        foreach (var (symbol, prints) in sent)
        {
            var written = harness.Quotes(symbol).Select(q => q.Last).ToList();
            Assert.All(written, price => Assert.True(price > 0m, $"seed {seed}: {symbol} quote {price} written"));
            Assert.True(written.Count > 50, $"seed {seed}: only {written.Count} {symbol} quotes written");
            AssertNoLoneJump(symbol, prints, written, seed);
        }

        Assert.Single(harness.Server.Connections);
    }

    private static InteractiveBrokersOptions Options(FakeTwsServer server)
        => new() { Port = server.Port, ClientId = 7, MessagesPerSecond = 9, MessageBurst = 40 };

    /// <summary>The feed as the factory builds it, with the reconnect jitter seeded by the test.</summary>
    private static InteractiveBrokersMarketDataFeed CreateFeed(InteractiveBrokersOptions options, TimeProvider time, RecordingLoggerFactory logs)
        => InteractiveBrokersFeedFactory.Create(options, time, logs, connectJitter: new Random(5));

    /// <summary>Waits for the reconnect backoff: the one timer that is neither the connect nor the handshake timeout.</summary>
    private async Task<TimeSpan> NextBackoffAsync(TimerSpyTimeProvider time, InteractiveBrokersOptions options)
    {
        TimeSpan backoff;
        do
        {
            backoff = await time.NextTimerAsync(Guard);
        }
        while (backoff == options.ConnectTimeout || backoff == options.HandshakeTimeout);

        return backoff;
    }

    private async Task<List<FeedStatusChanged>> ReadStatusesUntilAsync(Channel<InboundEvent> inbound, Func<FeedStatusChanged, bool> last)
    {
        var statuses = new List<FeedStatusChanged>();
        while (true)
        {
            var next = await inbound.Reader.ReadAsync(Guard);
            if (next.Payload is FeedStatusChanged status)
            {
                statuses.Add(status);
                if (last(status))
                {
                    return statuses;
                }
            }
        }
    }

    private async Task SendMalformedAsync(FeedHarness harness, string kind, int spxRequest)
    {
        var id = spxRequest.ToString(CultureInfo.InvariantCulture);
        switch (kind)
        {
            case "unparsable price":
                await harness.Server.SendAsync(new FakeTwsMessage(1, ["6", id, "4", "61O0", "0", "0"]), Guard);
                break;
            case "raw garbage":
                await harness.Server.SendRawAsync([0, 0, 0, 6, (byte)'%', 0xFF, (byte)'@', 0, (byte)'x', 0], Guard);
                break;
            case "oversized length":
                await harness.Server.SendOversizedFrameAsync(Guard);
                break;
            case "unterminated field":
                var payload = Encoding.ASCII.GetBytes($"1\u00006\u0000{id}\u00004\u00006999");
                var frame = new byte[payload.Length + 4];
                BinaryPrimitives.WriteInt32BigEndian(frame, payload.Length);
                payload.CopyTo(frame, 4);
                await harness.Server.SendRawAsync(frame, Guard);
                break;
            default:
                await harness.Server.SendRawAsync([0xFF, 0xFF, 0xFF, 0xFE, 1, 2, 3], Guard);
                break;
        }
    }

    private static (int Code, string Message) RandomNotice(Random random) => random.Next(10) switch
    {
        0 or 1 => (1100, ConnectivityLost),
        2 => (2110, ServerBroken),
        3 or 4 => (1101, RestoredDataLost),
        5 or 6 => (1102, RestoredDataMaintained),
        7 => (2103, "Market data farm connection is broken:usfarm"),
        8 => (2104, "Market data farm connection is OK:usfarm"),
        _ => (2106, "HMDS data farm connection is OK:ushmds"),
    };

    /// <summary>A print near <paramref name="level"/>, or now and then a bad one; the value is null for prints that carry no
    /// price. <paramref name="uniqueTail"/> makes every price distinct, so each written quote maps to exactly one print.</summary>
    private static (string Text, decimal? Value) RandomPrint(Random random, decimal level, decimal uniqueTail)
    {
        switch (random.Next(20))
        {
            case 0:
                return ("-1", null);
            case 1:
                return ("0", null);
            case 2:
                return ("NaN", null);
            case 3:
            case 4:
                var spike = Math.Round(level * (random.Next(2) == 0 ? 1.3m : 0.7m) * (1m + ((decimal)random.NextDouble() / 100m)), 2) + uniqueTail;
                return (spike.ToString(CultureInfo.InvariantCulture), spike);
            default:
                var step = Math.Round(level * (1m + (((decimal)random.NextDouble() - 0.5m) / 200m)), 2) + uniqueTail;
                return (step.ToString(CultureInfo.InvariantCulture), step);
        }
    }

    /// <summary>A written quote more than 20% from the previous written one must be the third of at least three
    /// consecutive prints that sit beyond 20% of that previous quote (the documented confirmation rule).</summary>
    private static void AssertNoLoneJump(MarketSymbol symbol, List<decimal?> prints, List<decimal> written, int seed)
    {
        var valid = prints.Where(p => p is > 0m).Select(p => p!.Value).ToList();
        var cursor = 0;
        decimal? previous = null;
        foreach (var quote in written)
        {
            var at = valid.IndexOf(quote, cursor);
            Assert.True(at >= 0, $"seed {seed}: {symbol} quote {quote} was never sent (or out of order)");
            if (previous is { } reference && Math.Abs(quote - reference) > 0.2m * reference)
            {
                Assert.True(at >= 2 && valid.Skip(at - 2).Take(3).All(p => Math.Abs(p - reference) > 0.2m * reference),
                    $"seed {seed}: {symbol} jumped from {reference} to {quote} without two confirming prints before it; prints {string.Join(" ", valid.Skip(Math.Max(0, at - 6)).Take(8))}; written {string.Join(" ", written)}");
            }

            previous = quote;
            cursor = at + 1;
        }
    }
}
