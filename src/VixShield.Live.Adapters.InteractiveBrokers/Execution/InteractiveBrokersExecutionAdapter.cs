using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using Polly;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.InteractiveBrokers.Client;
using VixShield.Live.Adapters.InteractiveBrokers.Contracts;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Adapters.InteractiveBrokers.Feeds;
using VixShield.Live.Adapters.InteractiveBrokers.Requests;
using VixShield.Live.Domain.Orders;
using CancelOrder = VixShield.Live.Abstractions.Execution.CancelOrder;
using TimeInForce = VixShield.Live.Domain.Orders.TimeInForce;
using TwsCancelOrder = VixShield.Live.Adapters.InteractiveBrokers.Requests.CancelOrder;

namespace VixShield.Live.Adapters.InteractiveBrokers.Execution;

/// <summary>Orders through TWS / IB Gateway on a connection of its own (client id 8 by default; the feed uses 7).</summary>
/// <remarks>
/// <para><b>Identity.</b> The client order id travels as the order's <c>orderRef</c>, which TWS keeps and returns in
/// OPEN_ORDER, EXECUTION_DATA and COMPLETED_ORDER. At start (and after each reconnect) the adapter reads every open order
/// (REQ_ALL_OPEN_ORDERS), today's executions (REQ_EXECUTIONS) and the session's finished API orders
/// (REQ_COMPLETED_ORDERS: cancelled, expired or rejected orders have no execution) and treats the order references it
/// finds as existing orders, so a restarted daemon answers a repeated submit with
/// <see cref="AcknowledgementStatus.Duplicate"/> instead of sending it twice. Executions found at start are history:
/// they are not reported again as fills. No order is sent while a reconciliation runs. After a reconnect, an order of
/// this run that ended meanwhile gets its fills (from the executions) and its end (from the completed orders); one that
/// TWS never acknowledged and does not list anywhere was lost with the connection and is reported rejected, not
/// resent. Order ids continue above every id of this client id that TWS lists.</para>
/// <para><b>Orders.</b> A combo is sent as a BAG bought as defined (each leg's side as given) at the signed net limit
/// (negative for a credit), with leg conIds from contract lookups, as in the reference condor conversation. A single
/// contract is sent by its description (TWS qualifies it).</para>
/// <para><b>Events.</b> ORDER_STATUS Submitted/PreSubmitted becomes <see cref="OrderAccepted"/>; executions become
/// <see cref="OrderFilled"/> once TWS has reported the commission of each, so every fill carries its fees; ERR_MSG 202
/// or status Cancelled becomes <see cref="OrderCancelled"/> (after the fills TWS reports for the order); ERR_MSG 201
/// (or any order error before acceptance) or status Inactive becomes <see cref="OrderRejected"/> with TWS's text.</para>
/// <para><b>Fills without executions.</b> Executions are the record of quantities and prices, but TWS may send
/// ORDER_STATUS first or alone (after a reconnect, or when executions come only on request). Units ORDER_STATUS reports
/// filled wait <see cref="InteractiveBrokersExecutionOptions.ExecutionWait"/> for their executions; then the adapter asks
/// for this client id's executions, and what those still do not cover is reported from ORDER_STATUS's filled quantity
/// and average price, with a fill id starting <see cref="StatusFillIdPrefix"/>, no fees and (for a combo) the net price
/// on one leg. Executions arriving later for those units are absorbed (by execution id and by the units already
/// reported), never reported twice.</para>
/// <para><b>Accounts.</b> <see cref="AccountId"/> is the configured account or the first of MANAGED_ACCTS. The safety
/// gate, not this adapter, refuses a non-paper account.</para>
/// </remarks>
public sealed partial class InteractiveBrokersExecutionAdapter : IExecutionAdapter, IAsyncDisposable
{
    /// <summary>The adapter's <see cref="Name"/> and its <c>Execution:Adapter</c> key.</summary>
    public const string AdapterName = "ib";

    /// <summary>Start of the <see cref="OrderFilled.FillId"/> of a fill reported from ORDER_STATUS because no execution
    /// came for it (followed by TWS's permId and the cumulative quantity).</summary>
    public const string StatusFillIdPrefix = "tws-order-status:";

    private const int NoRequest = int.MinValue;

    // Request ids live far above order ids so that an ERR_MSG id can only mean one of them.
    private const int FirstRequestId = 900_000_000;

    private readonly InteractiveBrokersExecutionOptions options;
    private readonly TwsClient client;
    private readonly TimeProvider timeProvider;
    private readonly ChannelWriter<ExecutionEvent> events;
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private readonly Dictionary<ClientOrderId, TrackedOrder> byClientOrderId = [];
    private readonly Dictionary<int, TrackedOrder> byVenueOrderId = [];
    private readonly Dictionary<string, TrackedOrder> byExecutionId = new(StringComparer.Ordinal);
    private readonly Dictionary<Instrument, int> conIds = [];
    private readonly Dictionary<int, Instrument> instruments = [];
    private readonly List<PendingAnswer> pending = [];
    private readonly SemaphoreSlim queryGate = new(1, 1);

    // Held by the dispatch loop per TWS message and by anything else that writes events, so each order's events stay in order.
    private readonly SemaphoreSlim emitGate = new(1, 1);

    // Held around placing an order and for a whole reconciliation, so every order TWS received is in its answers.
    private readonly SemaphoreSlim sendGate = new(1, 1);
    private readonly List<Task> fillChecks = [];
    private readonly CancellationTokenSource lifetime = new();
    private readonly TaskCompletionSource<IReadOnlyList<string>> managedAccounts = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? dispatching;
    private int startupExecutionsRequestId = NoRequest;
    private bool recoveringHistory;
    private int reconcileGeneration;
    private int nextRequestId = FirstRequestId;
    private string accountId = string.Empty;
    private int started;

    /// <param name="connection">Host, port, pacing and timeouts shared with the feed; its client id is replaced by <see cref="InteractiveBrokersExecutionOptions.ClientId"/>.</param>
    /// <param name="connectPipeline">Backoff for (re)connecting, as built by <see cref="InteractiveBrokersFeedFactory.CreateConnectPipeline"/>.</param>
    /// <param name="events">Where order events go (the host's execution channel; never completed here).</param>
    public InteractiveBrokersExecutionAdapter(
        InteractiveBrokersOptions connection,
        InteractiveBrokersExecutionOptions options,
        TimeProvider timeProvider,
        ResiliencePipeline connectPipeline,
        ChannelWriter<ExecutionEvent> events,
        ILogger<InteractiveBrokersExecutionAdapter>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(events);
        options.Validate();
        this.options = options;
        this.timeProvider = timeProvider;
        this.events = events;
        this.logger = logger ?? NullLogger<InteractiveBrokersExecutionAdapter>.Instance;
        client = new TwsClient(connection.ToClientOptions() with { ClientId = options.ClientId }, timeProvider, connectPipeline);
    }

    public string Name => AdapterName;

    /// <summary>The traded account; empty until <see cref="StartAsync"/> has completed.</summary>
    public string AccountId => Volatile.Read(ref accountId);

    /// <summary>True for an IB paper account (DU…), by <see cref="ExecutionAccounts.IsInteractiveBrokersPaperAccount"/>.</summary>
    public bool IsPaperAccount => ExecutionAccounts.IsInteractiveBrokersPaperAccount(AccountId);

    /// <summary>Connects, settles the account and reads TWS's open orders and today's executions; orders can be sent once it completes.</summary>
    /// <exception cref="TwsConnectionException">TWS could not be reached (the connect pipeline gave up).</exception>
    /// <exception cref="InvalidOperationException">The configured account is not one TWS manages, or TWS manages none.</exception>
    /// <exception cref="InteractiveBrokersRequestException">TWS did not answer the start-up queries in time.</exception>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref started, 1) != 0)
        {
            throw new InvalidOperationException("StartAsync may be called once per adapter");
        }

        LogConnecting(options.ClientId);
        await client.ConnectAsync(cancellationToken).ConfigureAwait(false);
        dispatching = Task.Run(() => DispatchAsync(lifetime.Token), CancellationToken.None);
        var accounts = await managedAccounts.Task.WaitAsync(options.RequestTimeout, timeProvider, cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref accountId, ChooseAccount(accounts));
        await ReconcileAsync(startup: true, cancellationToken).ConfigureAwait(false);
        LogStarted(AccountId, IsPaperAccount, TrackedCount());
    }

    public async Task<OrderAcknowledgement> SubmitAsync(SubmitOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        await WaitUntilReadyAsync(cancellationToken).ConfigureAwait(false);
        TrackedOrder tracked;
        lock (gate)
        {
            if (byClientOrderId.TryGetValue(order.ClientOrderId, out var existing))
            {
                return OrderAcknowledgement.Duplicate(order.ClientOrderId, DuplicateReason(existing), Now());
            }

            tracked = new TrackedOrder(order.ClientOrderId, order, isRecovered: false);
            byClientOrderId.Add(order.ClientOrderId, tracked);
        }

        TwsContract contract;
        try
        {
            contract = await ContractForAsync(order, tracked, cancellationToken).ConfigureAwait(false);
        }
        catch (InteractiveBrokersRequestException exception)
        {
            Forget(tracked);
            return OrderAcknowledgement.Rejected(order.ClientOrderId, $"order {order.ClientOrderId} was not sent: {exception.Message}", Now());
        }
        catch (OperationCanceledException)
        {
            Forget(tracked);
            throw;
        }

        try
        {
            await sendGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                int orderId;
                lock (gate)
                {
                    orderId = client.AllocateOrderId();
                    tracked.VenueOrderId = orderId;
                    byVenueOrderId[orderId] = tracked;
                }

                await client.SendAsync(new PlaceOrder(orderId, contract, ToTwsOrder(order)), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                sendGate.Release();
            }
        }
        catch (TwsConnectionException exception) when (exception.Failure == TwsConnectionFailure.NotConnected)
        {
            Forget(tracked);
            return OrderAcknowledgement.Rejected(order.ClientOrderId, $"order {order.ClientOrderId} was not sent: {exception.Message}", Now());
        }
        catch (OperationCanceledException)
        {
            // Cancellation lands almost always in the pacer or write-gate wait, before the order is written: forgetting it lets
            // a retry send the order rather than be told Duplicate for an order TWS never saw.
            Forget(tracked);
            throw;
        }

        return OrderAcknowledgement.Accepted(order.ClientOrderId, Now());
    }

    public async Task<OrderAcknowledgement> CancelAsync(CancelOrder cancel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cancel);
        await WaitUntilReadyAsync(cancellationToken).ConfigureAwait(false);
        int orderId;
        lock (gate)
        {
            if (!byClientOrderId.TryGetValue(cancel.ClientOrderId, out var tracked))
            {
                return OrderAcknowledgement.Rejected(cancel.ClientOrderId, $"no order {cancel.ClientOrderId} is known here or at TWS; nothing to cancel", Now());
            }

            if (tracked.IsTerminal)
            {
                return OrderAcknowledgement.Rejected(cancel.ClientOrderId, $"order {cancel.ClientOrderId} (TWS order {tracked.VenueOrderId}) is already finished; nothing to cancel", Now());
            }

            if (tracked.VenueOrderId == 0)
            {
                return OrderAcknowledgement.Rejected(cancel.ClientOrderId, $"order {cancel.ClientOrderId} is still being sent to TWS; cancel it once accepted", Now());
            }

            tracked.CancelReason = cancel.Reason;
            orderId = tracked.VenueOrderId;
        }

        try
        {
            await client.SendAsync(new TwsCancelOrder(orderId), cancellationToken).ConfigureAwait(false);
        }
        catch (TwsConnectionException exception) when (exception.Failure == TwsConnectionFailure.NotConnected)
        {
            return OrderAcknowledgement.Rejected(cancel.ClientOrderId, $"cancel of {cancel.ClientOrderId} was not sent: {exception.Message}", Now());
        }

        return OrderAcknowledgement.Accepted(cancel.ClientOrderId, Now());
    }

    /// <summary>This client id's working orders at TWS (REQ_OPEN_ORDERS), oldest first; orders whose contract cannot be
    /// mapped back to a domain instrument are left out and logged.</summary>
    public async Task<IReadOnlyList<OrderReport>> GetOpenOrdersAsync(CancellationToken cancellationToken)
    {
        await WaitUntilReadyAsync(cancellationToken).ConfigureAwait(false);
        var answer = await QueryAsync(
            "open orders", new RequestOpenOrders(), e => e is OpenOrderReceived, e => e is OpenOrdersEnded, cancellationToken).ConfigureAwait(false);
        var reports = new List<(OrderReport Report, int OrderId)>();
        foreach (var open in answer.OfType<OpenOrderReceived>())
        {
            TrackedOrder? tracked;
            lock (gate)
            {
                tracked = byVenueOrderId.GetValueOrDefault(open.OrderId);
            }

            if (tracked is null || open.ClientId != options.ClientId)
            {
                continue;
            }

            if (tracked.Order is null)
            {
                await RebuildAsync(tracked, cancellationToken).ConfigureAwait(false);
            }

            lock (gate)
            {
                if (tracked.IsTerminal || tracked.Order is null)
                {
                    continue;
                }

                var filled = tracked.VenueFilledQuantity;
                reports.Add((new OrderReport(
                    tracked.Order,
                    tracked.VenueOrderId.ToString(CultureInfo.InvariantCulture),
                    AccountId,
                    filled > 0 ? OrderStatus.PartiallyFilled : OrderStatus.Working,
                    filled,
                    filled > 0 ? tracked.AverageNetPrice : null,
                    tracked.AcceptedTime), tracked.VenueOrderId));
            }
        }

        return [.. reports.OrderBy(r => r.Report.AcceptedTime).ThenBy(r => r.OrderId).Select(r => r.Report)];
    }

    /// <summary>The account's non-zero positions (REQ_POSITIONS), ordered by instrument; contracts this daemon does not
    /// trade are left out and logged.</summary>
    public async Task<IReadOnlyList<PositionReport>> GetPositionsAsync(CancellationToken cancellationToken)
    {
        await WaitUntilReadyAsync(cancellationToken).ConfigureAwait(false);
        var answer = await QueryAsync(
            "positions", new RequestPositions(), e => e is PositionReceived, e => e is PositionsEnded, cancellationToken).ConfigureAwait(false);
        await client.SendAsync(new CancelPositions(), cancellationToken).ConfigureAwait(false);
        var account = AccountId;
        var reports = new List<PositionReport>();
        foreach (var position in answer.OfType<PositionReceived>())
        {
            if (position.Position == 0m || (position.Account.Length > 0 && position.Account != account))
            {
                continue;
            }

            if (!TwsInstrumentContracts.TryToInstrument(position.Contract, out var instrument))
            {
                LogUnmappedPosition(position.Contract.Symbol, position.Contract.SecurityType, position.Contract.ConId, position.Position);
                continue;
            }

            reports.Add(new PositionReport(
                account, instrument, (int)position.Position, position.AverageCost / instrument.Multiplier, null, 0m, 0m));
        }

        return [.. reports.OrderBy(r => r.Instrument.ToString(), StringComparer.Ordinal)];
    }

    /// <summary>What this adapter knows of the order: sent by this run, or found at start-up among TWS's open orders and
    /// today's executions (by <c>orderRef</c>). An order of an earlier day that never traded and is no longer open is
    /// unknown to TWS's queries, so it is reported as null.</summary>
    public async Task<OrderStatus?> FindOrderAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken)
    {
        await WaitUntilReadyAsync(cancellationToken).ConfigureAwait(false);
        lock (gate)
        {
            if (!byClientOrderId.TryGetValue(clientOrderId, out var tracked))
            {
                return null;
            }

            return tracked.FinalStatus ?? (tracked.IsTerminal ? OrderStatus.Filled
                : tracked.VenueFilledQuantity > 0 ? OrderStatus.PartiallyFilled : OrderStatus.Working);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!lifetime.IsCancellationRequested)
        {
            await lifetime.CancelAsync().ConfigureAwait(false);
        }

        await client.DisposeAsync().ConfigureAwait(false);
        if (dispatching is { } running)
        {
            await running.ConfigureAwait(false);
        }

        await FillChecksSettledAsync().ConfigureAwait(false);
        queryGate.Dispose();
        emitGate.Dispose();
        sendGate.Dispose();
        lifetime.Dispose();
    }

    /// <summary>Completes when every wait for executions started so far has ended (reported, or found nothing missing).</summary>
    internal Task FillChecksSettledAsync()
    {
        lock (gate)
        {
            return Task.WhenAll(fillChecks.ToList());
        }
    }

    private string ChooseAccount(IReadOnlyList<string> accounts)
    {
        if (options.AccountId is { } configured)
        {
            return accounts.Contains(configured, StringComparer.Ordinal)
                ? configured
                : throw new InvalidOperationException(
                    $"{InteractiveBrokersExecutionOptions.SectionName}:AccountId is '{configured}', but TWS manages only [{string.Join(", ", accounts)}]; set one of those or leave it unset");
        }

        return accounts.Count > 0
            ? accounts[0]
            : throw new InvalidOperationException("TWS listed no managed account (MANAGED_ACCTS was empty); the login cannot trade");
    }

    /// <summary>Reads TWS's open orders, executions and completed orders (no order is sent meanwhile); the dispatch loop
    /// registers every order reference it sees. After a reconnect, orders TWS never received are then rejected.</summary>
    private async Task ReconcileAsync(bool startup, CancellationToken cancellationToken)
    {
        var requestId = NextRequestId();
        await sendGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            int generation;
            lock (gate)
            {
                recoveringHistory = startup;
                startupExecutionsRequestId = startup ? requestId : NoRequest;
                generation = ++reconcileGeneration;
            }

            await QueryAsync(
                "open orders of every client", new RequestAllOpenOrders(), e => e is OpenOrderReceived, e => e is OpenOrdersEnded, cancellationToken)
                .ConfigureAwait(false);
            await AskAsync(
                new PendingAnswer("today's executions", requestId, e => e is ExecutionReceived x && x.RequestId == requestId, e => e is ExecutionsEnded end && end.RequestId == requestId),
                new RequestExecutions(requestId, TwsExecutionFilter.All),
                cancellationToken).ConfigureAwait(false);
            await QueryAsync(
                "completed orders", new RequestCompletedOrders(ApiOnly: true), e => e is CompletedOrderReceived, e => e is CompletedOrdersEnded, cancellationToken)
                .ConfigureAwait(false);
            List<TrackedOrder> unmapped;
            lock (gate)
            {
                unmapped = [.. byClientOrderId.Values.Where(t => t.Order is null && t.VenueOrder is not null && !t.IsTerminal)];
            }

            foreach (var tracked in unmapped)
            {
                await RebuildAsync(tracked, cancellationToken).ConfigureAwait(false);
            }

            if (!startup)
            {
                await EmitAsync(output => RejectLostOrders(generation, output), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            lock (gate)
            {
                recoveringHistory = false;
                startupExecutionsRequestId = NoRequest;
            }

            sendGate.Release();
        }

        lock (gate)
        {
            ready.TrySetResult();
        }
    }

    /// <summary>REQ_EXECUTIONS for this client id: what it returns is handled like pushed executions (new ones are
    /// reported, known ones ignored by execution id).</summary>
    private async Task RequestOwnExecutionsAsync(CancellationToken cancellationToken)
    {
        var requestId = NextRequestId();
        await AskAsync(
            new PendingAnswer(
                $"executions of client id {options.ClientId}",
                requestId,
                e => e is ExecutionReceived x && x.RequestId == requestId,
                e => e is ExecutionsEnded end && end.RequestId == requestId),
            new RequestExecutions(requestId, new TwsExecutionFilter { ClientId = options.ClientId }),
            cancellationToken).ConfigureAwait(false);
    }

    private async Task ReconcileAfterReconnectAsync(int session)
    {
        try
        {
            await ReconcileAsync(startup: false, lifetime.Token).ConfigureAwait(false);
            LogReconciled(session, TrackedCount());
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
            // Stopping.
        }
        catch (Exception exception) when (exception is InteractiveBrokersRequestException or TwsConnectionException)
        {
            // The next ConnectionEstablished reconciles again; orders wait for it.
            LogReconcileFailed(session, exception.Message);
        }
    }

    private async Task<TwsContract> ContractForAsync(SubmitOrder order, TrackedOrder tracked, CancellationToken cancellationToken)
    {
        if (!order.IsCombo)
        {
            return TwsInstrumentContracts.ToContract(order.Legs[0].Instrument);
        }

        var legs = new List<TwsComboLeg>(order.Legs.Count);
        foreach (var leg in order.Legs)
        {
            var conId = await ConIdAsync(leg.Instrument, cancellationToken).ConfigureAwait(false);
            legs.Add(new TwsComboLeg(conId, leg.Ratio, leg.Side == OrderSide.Buy ? TwsOrderAction.Buy : TwsOrderAction.Sell, TwsContractCatalog.Smart));
        }

        lock (gate)
        {
            tracked.LegConIds = [.. legs.Select(leg => leg.ConId)];
        }

        return TwsContractCatalog.Combo(TwsInstrumentContracts.ComboSymbol(order.Legs[0].Instrument), legs);
    }

    /// <summary>The conId of <paramref name="instrument"/>, looked up once (brief §9) and cached for the adapter's life.</summary>
    private async Task<int> ConIdAsync(Instrument instrument, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (conIds.TryGetValue(instrument, out var known))
            {
                return known;
            }
        }

        var details = await LookUpAsync($"contract lookup for {instrument}", TwsInstrumentContracts.ToContract(instrument), cancellationToken).ConfigureAwait(false);
        var match = details.FirstOrDefault(d => d.Contract.ConId != 0)
            ?? throw new InteractiveBrokersRequestException($"TWS has no contract for {instrument} (no security definition)", 200);
        lock (gate)
        {
            conIds[instrument] = match.Contract.ConId;
            instruments[match.Contract.ConId] = instrument;
        }

        return match.Contract.ConId;
    }

    private async Task<Instrument?> InstrumentAsync(int conId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (instruments.TryGetValue(conId, out var known))
            {
                return known;
            }
        }

        var details = await LookUpAsync($"contract lookup for conId {conId}", new TwsContract { ConId = conId }, cancellationToken).ConfigureAwait(false);
        if (details.Count == 0 || !TwsInstrumentContracts.TryToInstrument(details[0].Contract, out var instrument))
        {
            return null;
        }

        lock (gate)
        {
            conIds[instrument] = conId;
            instruments[conId] = instrument;
        }

        return instrument;
    }

    private async Task<IReadOnlyList<TwsContractDetails>> LookUpAsync(string description, TwsContract contract, CancellationToken cancellationToken)
    {
        var requestId = NextRequestId();
        var answer = await AskAsync(
            new PendingAnswer(description, requestId, e => e is ContractDetailsReceived r && r.RequestId == requestId, e => e is ContractDetailsEnded end && end.RequestId == requestId),
            new RequestContractDetails(requestId, contract),
            cancellationToken).ConfigureAwait(false);
        return [.. answer.OfType<ContractDetailsReceived>().Select(r => r.Details)];
    }

    /// <summary>Rebuilds the <see cref="SubmitOrder"/> of an order placed by an earlier run from TWS's OPEN_ORDER.</summary>
    private async Task RebuildAsync(TrackedOrder tracked, CancellationToken cancellationToken)
    {
        var venue = tracked.VenueOrder;
        if (venue is null)
        {
            return;
        }

        var sign = venue.Action == TwsOrderAction.Buy ? 1 : -1;
        var legs = new List<OrderLeg>();
        if (venue.Contract.IsCombo)
        {
            foreach (var leg in venue.Contract.ComboLegs)
            {
                if (await InstrumentAsync(leg.ConId, cancellationToken).ConfigureAwait(false) is not { } instrument)
                {
                    LogUnmappedOrder(tracked.ClientOrderId.Value, venue.OrderId, $"combo leg conId {leg.ConId}");
                    return;
                }

                var side = (leg.Action == TwsOrderAction.Buy ? 1 : -1) * sign > 0 ? OrderSide.Buy : OrderSide.Sell;
                legs.Add(new OrderLeg(instrument, side, leg.Ratio));
            }
        }
        else if (TwsInstrumentContracts.TryToInstrument(venue.Contract, out var instrument))
        {
            legs.Add(new OrderLeg(instrument, sign > 0 ? OrderSide.Buy : OrderSide.Sell));
        }
        else
        {
            LogUnmappedOrder(tracked.ClientOrderId.Value, venue.OrderId, $"{venue.Contract.Symbol} {venue.Contract.SecurityType}");
            return;
        }

        // A net price is signed by the side it was sent with: for a combo bought as defined, negative means a credit.
        decimal? net = venue.LimitPrice is { } limit ? limit * (venue.Contract.IsCombo ? sign : 1) : null;
        var effect = venue.Contract.IsCombo
            ? (net is < 0m ? PriceEffect.Credit : PriceEffect.Debit)
            : (sign > 0 ? PriceEffect.Debit : PriceEffect.Credit);
        var timeInForce = venue.TimeInForce switch
        {
            "GTC" => TimeInForce.GoodTillCancelled,
            "IOC" => TimeInForce.ImmediateOrCancel,
            _ => TimeInForce.Day,
        };
        try
        {
            var order = new SubmitOrder(tracked.ClientOrderId, legs, (int)venue.TotalQuantity, net is { } price ? Math.Abs(price) : null, effect, timeInForce);
            lock (gate)
            {
                tracked.Order = order;
                tracked.LegConIds = [.. venue.Contract.ComboLegs.Select(leg => leg.ConId)];
            }
        }
        catch (ArgumentException exception)
        {
            LogUnmappedOrder(tracked.ClientOrderId.Value, venue.OrderId, exception.Message);
        }
    }

    private TwsOrder ToTwsOrder(SubmitOrder order) => new()
    {
        // A combo is always bought as defined: the legs carry the sides and the signed net price says debit or credit.
        Action = order.IsCombo || order.Legs[0].Side == OrderSide.Buy ? TwsOrderAction.Buy : TwsOrderAction.Sell,
        TotalQuantity = order.Quantity,
        OrderType = order.IsMarketOrder ? TwsOrderType.Market : TwsOrderType.Limit,
        LimitPrice = order.IsCombo ? order.NetPriceLimit : order.LimitPrice,
        TimeInForce = order.TimeInForce switch
        {
            TimeInForce.GoodTillCancelled => TwsTimeInForce.GoodTillCancelled,
            TimeInForce.ImmediateOrCancel => TwsTimeInForce.ImmediateOrCancel,
            _ => TwsTimeInForce.Day,
        },
        Account = AccountId,
        OrderReference = order.ClientOrderId.Value,
    };

    private Task<IReadOnlyList<TwsEvent>> QueryAsync(
        string description, TwsRequest request, Func<TwsEvent, bool> belongs, Func<TwsEvent, bool> ends, CancellationToken cancellationToken)
        => AskAsync(new PendingAnswer(description, null, belongs, ends), request, cancellationToken, exclusive: true);

    /// <summary>Sends <paramref name="request"/> and waits for its answer. Queries without a request id (open orders,
    /// positions) run one at a time, because their answers cannot be told apart.</summary>
    private async Task<IReadOnlyList<TwsEvent>> AskAsync(PendingAnswer answer, TwsRequest request, CancellationToken cancellationToken, bool exclusive = false)
    {
        if (exclusive)
        {
            await queryGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            lock (gate)
            {
                pending.Add(answer);
            }

            try
            {
                await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
                return await answer.Completion.WaitAsync(options.RequestTimeout, timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                throw new InteractiveBrokersRequestException($"TWS did not answer the {answer.Description} within {options.RequestTimeout}", (int?)null);
            }
            catch (TwsConnectionException exception)
            {
                throw new InteractiveBrokersRequestException($"the {answer.Description} failed: {exception.Message}", exception);
            }
            finally
            {
                lock (gate)
                {
                    pending.Remove(answer);
                }
            }
        }
        finally
        {
            if (exclusive)
            {
                queryGate.Release();
            }
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref started) == 0)
        {
            throw new InvalidOperationException("the IB execution adapter is not started; call StartAsync first");
        }

        Task waiting;
        lock (gate)
        {
            waiting = ready.Task;
        }

        await waiting.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private void Forget(TrackedOrder tracked)
    {
        lock (gate)
        {
            byClientOrderId.Remove(tracked.ClientOrderId);
            if (tracked.VenueOrderId != 0)
            {
                byVenueOrderId.Remove(tracked.VenueOrderId);
            }
        }
    }

    private static string DuplicateReason(TrackedOrder existing)
        => existing.IsRecovered
            ? $"order {existing.ClientOrderId} already exists at TWS (order {existing.VenueOrderId}, found at start-up); not sent again"
            : $"order {existing.ClientOrderId} was already submitted (TWS order {existing.VenueOrderId}); not sent again";

    private int NextRequestId() => Interlocked.Increment(ref nextRequestId);

    private int TrackedCount()
    {
        lock (gate)
        {
            return byClientOrderId.Count;
        }
    }

    private Instant Now() => timeProvider.GetCurrentInstant();
}
