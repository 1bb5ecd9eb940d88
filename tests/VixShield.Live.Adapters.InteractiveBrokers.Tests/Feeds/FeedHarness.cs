using System.Globalization;
using System.Threading.Channels;
using NodaTime;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Adapters.InteractiveBrokers.Feeds;
using VixShield.Live.Adapters.InteractiveBrokers.Tests.Support;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Feeds;

/// <summary>
/// The feed as the host builds it (<see cref="InteractiveBrokersFeedFactory.Create"/>) against <see cref="FakeTwsServer"/>
/// on a real loopback socket, writing into a bounded engine channel, on a manual clock. Every wait is on an event
/// (a request the server saw, an item in the channel) under the test's hang guard; nothing waits on time.
/// </summary>
internal sealed class FeedHarness : IAsyncDisposable
{
    /// <summary>Friday 2026-10-16 09:45 New York: a session in progress, outside the reset windows.</summary>
    public static readonly Instant StartTime = Instant.FromUtc(2026, 10, 16, 13, 45);

    /// <summary>The lines the feed subscribes when every contract resolves.</summary>
    public static readonly string[] StreamedSymbols = ["SPX", "VIX", "VIX9D", "VIX3M", "ADV-NYSE", "DECL-NYSE"];

    private const string SentinelSymbol = "VIX9D";

    private readonly CancellationTokenSource stopping = new();
    private readonly List<InboundEvent> seen = [];
    private readonly CancellationToken guard;
    private Task? running;
    private int sentinels;

    private FeedHarness(FakeTwsServer server, ObservableTimeProvider time, InteractiveBrokersOptions options, int capacity, CancellationToken guard)
    {
        Server = server;
        Time = time;
        this.guard = guard;
        Inbound = Channel.CreateBounded<InboundEvent>(new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
        Feed = InteractiveBrokersFeedFactory.Create(options, time, Logs);
    }

    public FakeTwsServer Server { get; }

    public ObservableTimeProvider Time { get; }

    public RecordingLoggerFactory Logs { get; } = new();

    public InteractiveBrokersMarketDataFeed Feed { get; }

    public Channel<InboundEvent> Inbound { get; }

    public Task Running => running ?? throw new InvalidOperationException("the feed was not started");

    public IReadOnlyList<InboundEvent> Seen => seen;

    public IEnumerable<FeedStatusChanged> Statuses => seen.Select(e => e.Payload).OfType<FeedStatusChanged>();

    public static FeedHarness Start(TwsFeedScript script, CancellationToken guard, Instant? start = null, int capacity = 4096)
    {
        var server = FakeTwsServer.Start(new FakeTwsServerOptions { Script = script.Build() });
        var options = new InteractiveBrokersOptions { Port = server.Port, ClientId = 7, MessagesPerSecond = 9, MessageBurst = 40 };
        var harness = new FeedHarness(server, new ObservableTimeProvider(start ?? StartTime), options, capacity, guard);
        harness.running = harness.Feed.RunAsync(harness.Inbound.Writer, harness.stopping.Token);
        return harness;
    }

    public static int RequestId(FakeTwsRequest request)
        => int.Parse(request.Field("reqId") ?? throw new InvalidOperationException($"{request.Name} has no reqId"), CultureInfo.InvariantCulture);

    /// <summary>The REQ_MKT_DATA for <paramref name="symbol"/> on <paramref name="connection"/> with a request id above <paramref name="after"/>.</summary>
    public async Task<int> SubscribedAsync(string symbol, int connection = 1, int after = 0)
        => RequestId(await Server.WaitForRequestAsync(
            r => r.Name == "REQ_MKT_DATA" && r.ConnectionNumber == connection && r.Field("symbol") == symbol && RequestId(r) > after, guard));

    /// <summary>Waits for a subscription of every streamed line; returns each line's request id.</summary>
    public async Task<Dictionary<string, int>> SubscribedAllAsync(int connection = 1, IReadOnlyDictionary<string, int>? after = null)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var symbol in StreamedSymbols)
        {
            ids[symbol] = await SubscribedAsync(symbol, connection, after?.GetValueOrDefault(symbol) ?? 0);
        }

        return ids;
    }

    public Task TickAsync(int requestId, int tickType, string price)
        => Server.SendAsync(FakeTwsMessages.TickPrice(requestId, tickType, price), guard);

    public Task NoticeAsync(int code, string message, int id = -1)
        => Server.SendAsync(FakeTwsMessages.Error(id, code, message), guard);

    /// <summary>
    /// Sends a VIX9D last price no other tick uses and reads the channel up to its quote. The feed handles TWS's
    /// messages in order, so everything it did with earlier messages is then in <see cref="Seen"/>; returns what came before.
    /// </summary>
    public async Task<IReadOnlyList<InboundEvent>> SyncAsync(int connection = 1)
    {
        var line = Server.Requests.Last(r => r.Name == "REQ_MKT_DATA" && r.ConnectionNumber == connection && r.Field("symbol") == SentinelSymbol);
        var value = 15m + (++sentinels * 0.01m);
        await TickAsync(RequestId(line), 4, value.ToString(CultureInfo.InvariantCulture));
        var before = new List<InboundEvent>();
        while (true)
        {
            var next = await Inbound.Reader.ReadAsync(guard);
            seen.Add(next);
            if (next.Kind == InboundEventKind.Quote && next.Quote.Symbol == MarketSymbol.Vix9d && next.Quote.Last == value)
            {
                return before;
            }

            before.Add(next);
        }
    }

    public async Task<FeedStatusChanged> NextStatusAsync(Func<FeedStatusChanged, bool>? predicate = null)
    {
        while (true)
        {
            var next = await Inbound.Reader.ReadAsync(guard);
            seen.Add(next);
            if (next.Payload is FeedStatusChanged status && (predicate is null || predicate(status)))
            {
                return status;
            }
        }
    }

    public IEnumerable<Quote> Quotes(MarketSymbol symbol)
        => seen.Where(e => e.Kind == InboundEventKind.Quote && e.Quote.Symbol == symbol).Select(e => e.Quote);

    /// <summary>Cancels the feed and returns how RunAsync ended.</summary>
    public async Task<Exception?> StopAsync()
    {
        await stopping.CancelAsync();
        try
        {
            await Running.WaitAsync(guard);
            return null;
        }
        catch (Exception exception) when (exception is not TimeoutException)
        {
            return exception;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (running is { IsCompleted: false })
        {
            await StopAsync();
        }

        await Server.DisposeAsync();
        stopping.Dispose();
    }
}
