using System.Globalization;
using System.Threading.Channels;
using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.Paper.Accounting;
using VixShield.Live.Adapters.Paper.Matching;
using VixShield.Live.Adapters.Paper.Pricing;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Adapters.Paper;

/// <summary>The internal paper broker: fills orders against the prices it is given, keeps positions, cash and P&amp;L,
/// settles expiries in cash and issues a statement after every session.</summary>
/// <remarks>
/// <para><b>Fills.</b> Each leg fills at its quote's mid plus (buy) or minus (sell) <see cref="PaperBrokerOptions.FillSpreadFraction"/>
/// of the spread, moved a further <see cref="PaperBrokerOptions.SlippagePoints"/> against the order; a sale never fills
/// below zero. A combo fills all legs at once, in their ratios, when its net price is at or better than the limit
/// (market orders always). An order that cannot fill on arrival works until the price allows (checked on every call,
/// oldest order first), it is cancelled, its time in force ends (Day: the session close; IOC: at once) or a leg stops
/// trading. A working order fills at the price prevailing when it is checked, which after a jump through the limit can
/// be better than the limit, as a real fill at the open after a gap would be. Orders match only during the NYSE regular
/// session. Fees per contract (options, futures) or per share (ETPs, with a minimum per execution) are charged on every
/// fill. Partial fills are off unless <see cref="PaperBrokerOptions.PartialFillQuantity"/> is set.</para>
/// <para><b>Refusals.</b> An order whose legs cannot all be priced now, whose expiry is not a real expiry, or whose legs
/// have stopped trading is refused in the acknowledgement with the reason; nothing is created.</para>
/// <para><b>Settlement and statements.</b> When the clock passes a contract's settlement (SPXW at the SPX close of the
/// expiry date, VIX contracts at the special opening quotation) the position is settled in cash at the value from
/// <see cref="IPaperPriceSource.TryGetSettlementValue"/>. After each session close, in this order: Day orders of the
/// session are cancelled, due settlements are made, and an <see cref="AccountStatementIssued"/> is written.</para>
/// <para><b>Time and order.</b> "Now" is the injected <see cref="TimeProvider"/>. Every public call first brings the
/// venue up to now (closes, settlements; submit, cancel and <see cref="ProcessMarketAsync"/> also make one matching
/// pass), so the venue moves only when called: the host calls
/// <see cref="ProcessMarketAsync"/> as the market moves (each quote, or each second of market time). Calls are
/// serialised by an async lock, and events are written to the channel inside it, so the event order is the order in
/// which things happened.</para>
/// </remarks>
public sealed partial class PaperExecutionAdapter : IExecutionAdapter, ISimulatedVenue, IPersistentState
{
    public const string AdapterName = "paper";

    private readonly PaperBrokerOptions options;
    private readonly IPaperPriceSource prices;
    private readonly ITradingCalendar calendar;
    private readonly TimeProvider timeProvider;
    private readonly ChannelWriter<ExecutionEvent> events;
    private readonly ContractSchedule schedule;
    private readonly PaperAccount account;
    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly Dictionary<ClientOrderId, PaperOrder> orders = [];
    private readonly List<PaperOrder> working = [];
    private readonly List<ExecutionEvent> pending = [];
    private TradingSession statementSession;
    private long venueOrderSequence;
    private long fillSequence;

    public PaperExecutionAdapter(
        PaperBrokerOptions options,
        IPaperPriceSource prices,
        ITradingCalendar calendar,
        TimeProvider timeProvider,
        ChannelWriter<ExecutionEvent> events)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(events);
        var problems = options.Validate().Select(p => $"{p.Key} is '{p.Value}'; allowed: {p.Allowed}").ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid paper broker options: " + string.Join("; ", problems), nameof(options));
        }

        this.options = options;
        this.prices = prices;
        this.calendar = calendar;
        this.timeProvider = timeProvider;
        this.events = events;
        schedule = new ContractSchedule(calendar);
        account = new PaperAccount(options.AccountId, options.StartingCashDollars);
        statementSession = calendar.CurrentOrNextSession(timeProvider.GetCurrentInstant());
    }

    public string Name => AdapterName;

    public string AccountId => options.AccountId;

    public bool IsPaperAccount => true;

    public async Task<OrderAcknowledgement> SubmitAsync(SubmitOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = timeProvider.GetCurrentInstant();
            Advance(now, match: true);
            var acknowledgement = Submit(order, now);
            await FlushAsync(cancellationToken).ConfigureAwait(false);
            return acknowledgement;
        }
        finally
        {
            turn.Release();
        }
    }

    public async Task<OrderAcknowledgement> CancelAsync(CancelOrder cancel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cancel);
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = timeProvider.GetCurrentInstant();
            Advance(now, match: true);
            OrderAcknowledgement acknowledgement;
            if (!orders.TryGetValue(cancel.ClientOrderId, out var order))
            {
                acknowledgement = OrderAcknowledgement.Rejected(cancel.ClientOrderId, $"no order with client order id {cancel.ClientOrderId}", now);
            }
            else if (!order.IsOpen)
            {
                acknowledgement = OrderAcknowledgement.Rejected(cancel.ClientOrderId, $"order {cancel.ClientOrderId} is already {order.Status.ToString().ToLowerInvariant()}", now);
            }
            else
            {
                Cancel(order, cancel.Reason, now);
                acknowledgement = OrderAcknowledgement.Accepted(cancel.ClientOrderId, now);
            }

            await FlushAsync(cancellationToken).ConfigureAwait(false);
            return acknowledgement;
        }
        finally
        {
            turn.Release();
        }
    }

    public async Task<IReadOnlyList<OrderReport>> GetOpenOrdersAsync(CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Advance(timeProvider.GetCurrentInstant(), match: false);
            await FlushAsync(cancellationToken).ConfigureAwait(false);
            return working.Select(order => order.ToReport(AccountId)).ToList();
        }
        finally
        {
            turn.Release();
        }
    }

    public async Task<IReadOnlyList<PositionReport>> GetPositionsAsync(CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = timeProvider.GetCurrentInstant();
            Advance(now, match: false);
            await FlushAsync(cancellationToken).ConfigureAwait(false);
            return account.Report(instrument => Mark(instrument, now));
        }
        finally
        {
            turn.Release();
        }
    }

    public async Task<OrderStatus?> FindOrderAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return orders.TryGetValue(clientOrderId, out var order) ? order.Status : null;
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>Brings the venue up to the clock's now: session closes (Day orders cancelled, settlements, statements),
    /// settlements that fell due, then matching of working orders against current prices.</summary>
    public async Task ProcessMarketAsync(CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Advance(timeProvider.GetCurrentInstant(), match: true);
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>The statement of the current session so far (not issued as an event; the day is not closed).</summary>
    public async Task<AccountStatement> GetStatementAsync(CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = timeProvider.GetCurrentInstant();
            Advance(now, match: false);
            await FlushAsync(cancellationToken).ConfigureAwait(false);
            return account.Statement(statementSession.TradeDate, account.Report(instrument => Mark(instrument, now)), closeDay: false);
        }
        finally
        {
            turn.Release();
        }
    }

    private OrderAcknowledgement Submit(SubmitOrder order, Instant now)
    {
        if (orders.TryGetValue(order.ClientOrderId, out var existing))
        {
            return OrderAcknowledgement.Duplicate(order.ClientOrderId,
                $"client order id {order.ClientOrderId} is already order {existing.VenueOrderId} ({existing.Status.ToString().ToLowerInvariant()}); not sent again", now);
        }

        var expiresAt = order.TimeInForce == TimeInForce.Day ? calendar.CurrentOrNextSession(now).Close : Instant.MaxValue;
        var expiryReason = $"day order expired at the session close {expiresAt}";
        foreach (var leg in order.Legs)
        {
            if (!schedule.TryGet(leg.Instrument, out var lastTrade, out _, out var problem))
            {
                return OrderAcknowledgement.Rejected(order.ClientOrderId, problem, now);
            }

            if (lastTrade <= now)
            {
                return OrderAcknowledgement.Rejected(order.ClientOrderId, $"{leg.Instrument} stopped trading at {lastTrade}", now);
            }

            if (!prices.TryGetQuote(leg.Instrument, now, out _))
            {
                return OrderAcknowledgement.Rejected(order.ClientOrderId, $"cannot price {leg.Instrument} at {now}: no quote", now);
            }

            if (lastTrade < expiresAt)
            {
                expiresAt = lastTrade;
                expiryReason = $"{leg.Instrument} stopped trading at {lastTrade}";
            }
        }

        var paperOrder = new PaperOrder(order, "P-" + (++venueOrderSequence).ToString(CultureInfo.InvariantCulture), now, expiresAt, expiryReason);
        orders.Add(order.ClientOrderId, paperOrder);
        pending.Add(new OrderAccepted(order.ClientOrderId, AccountId, now, order, paperOrder.VenueOrderId));
        var sessionOpen = statementSession.Contains(now);
        if (sessionOpen)
        {
            TryFill(paperOrder, now);
        }

        if (paperOrder.IsOpen)
        {
            if (order.TimeInForce == TimeInForce.ImmediateOrCancel)
            {
                Cancel(paperOrder, sessionOpen
                    ? $"immediate-or-cancel: {paperOrder.RemainingQuantity} unit(s) not fillable within the limit on arrival"
                    : "immediate-or-cancel: the market is closed", now);
            }
            else
            {
                working.Add(paperOrder);
            }
        }

        return OrderAcknowledgement.Accepted(order.ClientOrderId, now);
    }

    /// <summary>Session closes, settlements and expiries up to <paramref name="now"/>; with <paramref name="match"/>, one
    /// matching pass over the working orders (queries do not match, so asking never changes what fills).</summary>
    private void Advance(Instant now, bool match)
    {
        while (now >= statementSession.Close)
        {
            var close = statementSession.Close;
            ExpireWorking(close, now);
            Settle(close, now);
            pending.Add(new AccountStatementIssued(AccountId, now,
                account.Statement(statementSession.TradeDate, account.Report(instrument => Mark(instrument, now)), closeDay: true)));
            statementSession = calendar.GetSession(calendar.NextTradingDay(statementSession.TradeDate))!;
        }

        ExpireWorking(now, now);
        Settle(now, now);
        if (match && statementSession.Contains(now))
        {
            for (var i = 0; i < working.Count;)
            {
                var order = working[i];
                TryFill(order, now);
                if (order.IsOpen)
                {
                    i++;
                }
                else
                {
                    working.RemoveAt(i);
                }
            }
        }
    }

    private void ExpireWorking(Instant limit, Instant now)
    {
        for (var i = 0; i < working.Count;)
        {
            var order = working[i];
            if (order.ExpiresAt <= limit)
            {
                Cancel(order, order.ExpiryReason, now);
            }
            else
            {
                i++;
            }
        }
    }

    private void Settle(Instant limit, Instant now)
    {
        for (var i = 0; i < account.Positions.Count;)
        {
            var position = account.Positions[i];
            if (schedule.SettlementTime(position.Instrument) <= limit
                && prices.TryGetSettlementValue(position.Instrument, now, out var settlementValue))
            {
                pending.Add(account.Settle(position, settlementValue, now));
            }
            else
            {
                i++;
            }
        }
    }

    private bool TryFill(PaperOrder order, Instant now)
    {
        var legs = order.Order.Legs;
        var legPrices = new decimal[legs.Count];
        var net = 0m;
        for (var i = 0; i < legs.Count; i++)
        {
            if (!prices.TryGetQuote(legs[i].Instrument, now, out var quote))
            {
                return false;
            }

            legPrices[i] = FillPrice(quote, legs[i].Side);
            net += legs[i].Sign * legs[i].Ratio * legPrices[i];
        }

        if (order.Order.NetPriceLimit is { } limit && net > limit)
        {
            return false;
        }

        var quantity = options.PartialFillQuantity > 0 ? Math.Min(order.RemainingQuantity, options.PartialFillQuantity) : order.RemainingQuantity;
        var legFills = new LegFill[legs.Count];
        for (var i = 0; i < legs.Count; i++)
        {
            var contracts = quantity * legs[i].Ratio;
            legFills[i] = new LegFill(legs[i].Instrument, legs[i].Side, contracts, legPrices[i], Fee(legs[i].Instrument, contracts));
        }

        order.RecordFill(quantity, net);
        var fill = new OrderFilled(order.Order.ClientOrderId, AccountId, now, "F-" + (++fillSequence).ToString(CultureInfo.InvariantCulture),
            quantity, order.FilledQuantity, order.RemainingQuantity, net, legFills);
        account.ApplyFill(fill);
        pending.Add(fill);
        return true;
    }

    private decimal FillPrice(PaperQuote quote, OrderSide side)
    {
        var adverse = (options.FillSpreadFraction * quote.Spread) + options.SlippagePoints;
        return side == OrderSide.Buy ? quote.Mid + adverse : Math.Max(quote.Mid - adverse, 0m);
    }

    private decimal Fee(Instrument instrument, int contracts) => instrument.Kind switch
    {
        InstrumentKind.SpxwOption or InstrumentKind.VixOption => (options.OptionCommissionPerContract + options.OptionExchangeFeePerContract) * contracts,
        InstrumentKind.VixFuture => (options.FutureCommissionPerContract + options.FutureExchangeFeePerContract) * contracts,
        _ => Math.Max(options.ShareCommissionPerShare * contracts, options.MinimumShareCommissionPerOrder),
    };

    private void Cancel(PaperOrder order, string reason, Instant now)
    {
        order.Status = OrderStatus.Cancelled;
        working.Remove(order);
        pending.Add(new OrderCancelled(order.Order.ClientOrderId, AccountId, now, reason, order.FilledQuantity));
    }

    private decimal? Mark(Instrument instrument, Instant now) => prices.TryGetQuote(instrument, now, out var quote) ? quote.Mid : null;

    /// <summary>Writes the events of the current call in order. If cancelled part-way, the unwritten rest stays queued
    /// and goes out first on the next call, so no event is lost or reordered.</summary>
    private async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        var written = 0;
        try
        {
            foreach (var executionEvent in pending)
            {
                if (!events.TryWrite(executionEvent))
                {
                    await events.WriteAsync(executionEvent, cancellationToken).ConfigureAwait(false);
                }

                written++;
            }
        }
        finally
        {
            pending.RemoveRange(0, written);
        }
    }
}
