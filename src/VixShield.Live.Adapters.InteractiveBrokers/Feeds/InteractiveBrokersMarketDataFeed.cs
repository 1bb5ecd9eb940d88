using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using Polly;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.InteractiveBrokers.Client;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Adapters.InteractiveBrokers.Mapping;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;

namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>Market data from TWS / IB Gateway: SPX, VIX, VIX9D, VIX3M and NYSE breadth quotes, daily history, SPXW option lines.</summary>
/// <remarks>
/// <para><b>Quotes.</b> After each (re)connection the feed sends REQ_MARKET_DATA_TYPE (<see cref="InteractiveBrokersOptions.MarketDataType"/>),
/// looks every contract up (REQ_CONTRACT_DATA), and subscribes the first alternative of each
/// <see cref="TwsInstrumentSources.Default"/> group whose contracts all resolved. Indexes quote their last price
/// (live tick 4 or delayed 68); breadth quotes issue counts. TWS ticks carry no market timestamp, so a quote's
/// EventTime and ReceivedTime are both the injected clock's time when the client decoded the tick (made
/// non-decreasing across the feed's output). Every tick passes while the engine's channel has room; when it is full,
/// quotes coalesce latest-per-symbol (<see cref="QuoteOutbox"/>).</para>
/// <para><b>Refused ticks.</b> -1 ("no data", also NaN/infinite/unset prices), zero or negative values, and jumps beyond
/// <see cref="InteractiveBrokersOptions.JumpRejectFraction"/> until confirmed by
/// <see cref="InteractiveBrokersOptions.JumpConfirmationTicks"/> consecutive ticks (<see cref="TickPlausibilityFilter"/>)
/// are never written. They are counted (<see cref="Statistics"/>) and the first of each kind per connection is logged
/// as a warning; a log line rather than a status change, because a bad tick says nothing about the feed's state.</para>
/// <para><b>Missing instruments.</b> A group none of whose alternatives resolves (e.g. no NYSE breadth contract at IB) is
/// logged once and reported once as <see cref="FeedState.Failed"/> naming the group; the feed carries on without it.
/// A line whose subscription TWS refuses (101, 200, 354) falls back to daily history: its last completed daily
/// close is quoted once per connection, reported once the same way. AD-NYSE (bid/ask semantics) has no history
/// equivalent.</para>
/// <para><b>Delayed data.</b> A 10167 or MARKET_DATA_TYPE 3/4 for a line is reported once per instrument as
/// <see cref="FeedState.Connected"/> with reason "delayed market data (10167): …"; delayed ticks are quoted like live ones.</para>
/// <para><b>Connection.</b> <see cref="TwsClient"/> reconnects through the <c>"tws-connect"</c> pipeline. Each state change is
/// reported once: Connected at (re)connection, followed by resubscription; Disconnected at a lost socket and at
/// 1100/2110; Connected at 1101 (then everything is resubscribed) and at 1102 (nothing to resubscribe). Disconnects
/// inside the reset windows (<see cref="InteractiveBrokersOptions.DailyResetStart"/>, …) are logged at Information and
/// say they are expected; reconnecting continues. Farm notices are logged once per change, broken at Warning, OK at
/// Information; 326, 502 and 504 at Error; 10197 at Warning.</para>
/// <para><b>Threads.</b> One dispatch loop reads <see cref="TwsClient.Events"/> and never waits on the engine or on
/// TWS; contract lookups, subscriptions and history fallbacks run as separate routines, one subscription routine at a time.</para>
/// </remarks>
public sealed partial class InteractiveBrokersMarketDataFeed : IMarketDataFeed
{
    public const string FeedName = "tws";

    private readonly InteractiveBrokersOptions options;
    private readonly TimeProvider timeProvider;
    private readonly ResiliencePipeline connectPipeline;
    private readonly ILogger logger;
    private readonly ITradingCalendar calendar;
    private readonly TwsResetWindows resetWindows;
    private readonly IReadOnlyList<TwsInstrumentSource> sources;
    private readonly IReadOnlyList<MarketDataSubscription> instrumentLines;
    private readonly TickPlausibilityFilter filter;
    private readonly HistoricalDataPacer historyPacer;
    private readonly TwsConnectivityTracker connectivity = new();
    private readonly ConcurrentDictionary<int, MarketDataSubscription> linesByRequest = new();
    private readonly ConcurrentDictionary<int, PendingRequest> pending = new();
    private readonly ConcurrentDictionary<OptionQuoteSubscription, byte> optionLines = new();
    private readonly SemaphoreSlim subscribeGate = new(1, 1);
    private readonly object stateGate = new();
    private readonly HashSet<string> activeConditions = new(StringComparer.Ordinal);
    private readonly long[] rejections = new long[3];
    private readonly bool[] rejectionLogged = new bool[3];
    private TaskCompletionSource connected = NewSignal();
    private FeedState reportedState = FeedState.Stopped;
    private ConnectionSession? session;
    private TwsClient? client;
    private QuoteOutbox? outbox;
    private long jumpsConfirmed;
    private int lastRequestId;
    private int started;

    /// <param name="options">Validated settings (see <see cref="InteractiveBrokersOptions.Validate"/>).</param>
    /// <param name="timeProvider">The only source of "now", delays and timeouts (the system clock in the daemon).</param>
    /// <param name="connectPipeline">The <c>"tws-connect"</c> pipeline (<see cref="InteractiveBrokersFeedFactory.CreateConnectPipeline"/>).</param>
    /// <param name="logger">Where state changes and refused ticks are logged.</param>
    /// <param name="calendar">Session opens and closes for daily bars; the NYSE calendar when null.</param>
    /// <exception cref="ArgumentException">An option is invalid; the message lists every problem with its key.</exception>
    public InteractiveBrokersMarketDataFeed(
        InteractiveBrokersOptions options,
        TimeProvider timeProvider,
        ResiliencePipeline connectPipeline,
        ILogger<InteractiveBrokersMarketDataFeed>? logger = null,
        ITradingCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(connectPipeline);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                "invalid Interactive Brokers settings: " + string.Join("; ", problems.Select(p => $"{p.Key} is '{p.Value}'; allowed: {p.Allowed}")),
                nameof(options));
        }

        this.options = options;
        this.timeProvider = timeProvider;
        this.connectPipeline = connectPipeline;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
        this.calendar = calendar ?? new NyseTradingCalendar();
        resetWindows = new TwsResetWindows(options, this.calendar.Zone);
        sources = TwsInstrumentSources.Default;
        instrumentLines = sources
            .SelectMany((source, index) => source.Alternatives.SelectMany(alternative => alternative).Select(line => new MarketDataSubscription(line, index)))
            .ToList();
        filter = new TickPlausibilityFilter(options.JumpRejectFraction, options.JumpConfirmationTicks);
        historyPacer = new HistoricalDataPacer(timeProvider);
    }

    public string Name => FeedName;

    /// <summary>Counts since the feed started.</summary>
    public InteractiveBrokersFeedStatistics Statistics => new(
        Volatile.Read(ref outbox)?.QuotesWritten ?? 0,
        Volatile.Read(ref outbox)?.QuotesCoalesced ?? 0,
        Interlocked.Read(ref rejections[(int)TickRejectionKind.NoData]),
        Interlocked.Read(ref rejections[(int)TickRejectionKind.NotPositive]),
        Interlocked.Read(ref rejections[(int)TickRejectionKind.Jump]),
        Interlocked.Read(ref jumpsConfirmed));

    /// <summary>True while a TWS connection is ready.</summary>
    public bool IsConnected => Volatile.Read(ref client) is { IsConnected: true };

    /// <summary>The data type TWS reported for the line that quotes <paramref name="symbol"/> (live or delayed), or null when unknown or not subscribed.</summary>
    public TwsMarketDataType? GetMarketDataType(MarketSymbol symbol)
    {
        foreach (var line in instrumentLines)
        {
            if (line.RequestId != 0 && line.Line.Symbols.Contains(symbol) && linesByRequest.ContainsKey(line.RequestId))
            {
                return line.DataType;
            }
        }

        return null;
    }

    /// <summary>Connects, subscribes and writes quotes and status changes into <paramref name="writer"/> until cancelled.</summary>
    /// <remarks>Reports <see cref="FeedState.Started"/> at once and Stopped ("cancelled") at the end. The writer is never completed.</remarks>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the normal stop).</exception>
    /// <exception cref="TwsConnectionException">The connect pipeline gave up (only with a finite <see cref="InteractiveBrokersOptions.ConnectRetryAttempts"/>).</exception>
    /// <exception cref="InvalidOperationException">Called a second time.</exception>
    public async Task RunAsync(ChannelWriter<InboundEvent> writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (Interlocked.Exchange(ref started, 1) != 0)
        {
            throw new InvalidOperationException("RunAsync may be called once per InteractiveBrokersMarketDataFeed; create a new feed to run again");
        }

        var box = new QuoteOutbox(writer, FeedName, LogWriterClosed, cancellationToken);
        Volatile.Write(ref outbox, box);
        await using var tws = new TwsClient(options.ToClientOptions(), timeProvider, connectPipeline);
        Volatile.Write(ref client, tws);
        try
        {
            LogConnecting(options.Host, options.Port, options.ClientId, options.MarketDataType);
            Report(FeedState.Started, string.Create(
                CultureInfo.InvariantCulture,
                $"connecting to TWS at {options.Host}:{options.Port} as client id {options.ClientId} ({options.MarketDataType} market data)"));
            await tws.ConnectAsync(cancellationToken).ConfigureAwait(false);
            await DispatchAsync(tws.Events, cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException("the TWS event stream ended while the feed was running");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            EndSession(new OperationCanceledException("the feed is stopping"));
            box.TryPublishFinal(FeedState.Stopped, "cancelled", Now());
            throw;
        }
        catch (TwsConnectionException exception)
        {
            EndSession(exception);
            LogGaveUp(exception.Message);
            box.TryPublishFinal(FeedState.Failed, "gave up connecting to TWS: " + exception.Message, Now());
            throw;
        }
        finally
        {
            EndSession(new InvalidOperationException("the Interactive Brokers feed has stopped"));
            lock (stateGate)
            {
                connected.TrySetException(new InvalidOperationException("the Interactive Brokers feed has stopped"));
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private Instant Now() => timeProvider.GetCurrentInstant();

    private int NextRequestId() => Interlocked.Increment(ref lastRequestId);

    /// <summary>Publishes a change of the feed's connection state; a repeat of the current state is only logged.</summary>
    private void Report(FeedState state, string reason)
    {
        lock (stateGate)
        {
            if (state == reportedState)
            {
                LogStateUnchanged(state, reason);
                return;
            }

            reportedState = state;
            outbox!.Publish(state, reason, Now());
        }
    }

    /// <summary>Publishes an instrument-level condition when it starts or ends (delayed data, unavailable, history fallback); true when it changed.</summary>
    private bool SetCondition(string key, bool active, FeedState state, string? reason)
    {
        lock (stateGate)
        {
            if (active ? !activeConditions.Add(key) : !activeConditions.Remove(key))
            {
                return false;
            }

            if (reason is not null)
            {
                outbox!.Publish(state, reason, Now());
            }

            return true;
        }
    }

    private async Task<TwsClient> WhenConnectedAsync(CancellationToken cancellationToken)
    {
        Task ready;
        lock (stateGate)
        {
            ready = connected.Task;
        }

        await ready.WaitAsync(cancellationToken).ConfigureAwait(false);
        return Volatile.Read(ref client)!;
    }
}
