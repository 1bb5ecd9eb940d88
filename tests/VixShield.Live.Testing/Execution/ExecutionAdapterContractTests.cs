using System.Threading.Channels;
using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;
using Xunit;

namespace VixShield.Live.Testing.Execution;

/// <summary>What every execution adapter must do (house style 2.5): a developer adding a broker derives from this and
/// knows what "works" means.</summary>
/// <remarks>
/// The facts run at <see cref="MarketTime"/> (a regular session) against the quotes in <see cref="Quotes"/>; the
/// adapter factory must make its venue see them, and must leave <see cref="Unpriced"/> without a price. Adapters that
/// execute nothing (alerts-only) set <see cref="ExecutesOrders"/> false: their facts check that every order is
/// withheld, nothing fills and nothing is left to reconcile.
/// </remarks>
/// <typeparam name="TAdapter">The adapter under test.</typeparam>
public abstract class ExecutionAdapterContractTests<TAdapter>
    where TAdapter : IExecutionAdapter
{
    /// <summary>Monday 2026-03-02 11:00 New York, inside a regular session.</summary>
    protected static readonly Instant MarketTime = Some.NewYork(2026, 3, 2, 11, 0);

    /// <summary>A VIX call on the April 2026 expiry (Wednesday 2026-04-15), quoted 1.10 / 1.30.</summary>
    protected static readonly Instrument PricedCall = Instrument.VixOption(new LocalDate(2026, 4, 15), OptionRight.Call, 22m);

    /// <summary>An ETP no venue under test may price.</summary>
    protected static readonly Instrument Unpriced = Instrument.ExchangeTradedProduct("UVXY");

    protected static readonly LocalDate CondorExpiry = new(2026, 3, 3);

    protected static readonly Instrument LongPut = Instrument.SpxwOption(CondorExpiry, OptionRight.Put, 6695m);
    protected static readonly Instrument ShortPut = Instrument.SpxwOption(CondorExpiry, OptionRight.Put, 6700m);
    protected static readonly Instrument ShortCall = Instrument.SpxwOption(CondorExpiry, OptionRight.Call, 7000m);
    protected static readonly Instrument LongCall = Instrument.SpxwOption(CondorExpiry, OptionRight.Call, 7005m);

    /// <summary>The market: at the touch the condor still sells for 0.30, at mid for 0.50.</summary>
    protected static readonly IReadOnlyList<ContractQuote> Quotes =
    [
        new(PricedCall, 1.10m, 1.30m),
        new(LongPut, 0.20m, 0.30m),
        new(ShortPut, 0.45m, 0.55m),
        new(ShortCall, 0.40m, 0.50m),
        new(LongCall, 0.15m, 0.25m),
    ];

    private readonly Channel<ExecutionEvent> channel = Channel.CreateBounded<ExecutionEvent>(new BoundedChannelOptions(1_024)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    private readonly List<ExecutionEvent> received = [];

    /// <summary>False for adapters that never send an order anywhere (alerts-only).</summary>
    protected abstract bool ExecutesOrders { get; }

    protected abstract TAdapter CreateAdapter(ExecutionContractContext context);

    /// <summary>Gives an asynchronous venue the chance to deliver what it owes (fills, cancels); synchronous venues
    /// need nothing.</summary>
    protected virtual Task SettleAsync(TAdapter adapter) => Task.CompletedTask;

    [Fact]
    public async Task SubmitAsync_MarketableOrder_AcceptedEventPrecedesEveryFill()
    {
        var sut = Create();
        var order = BuyCall("contract-fill", quantity: 2, limit: 1.80m);

        var acknowledgement = await sut.SubmitAsync(order, CancellationToken.None);
        await SettleAsync(sut);

        Assert.Equal(AcknowledgementStatus.Accepted, acknowledgement.Status);
        Assert.Equal(order.ClientOrderId, acknowledgement.ClientOrderId);
        var events = EventsFor(order.ClientOrderId);
        if (!ExecutesOrders)
        {
            var withheld = Assert.IsType<OrderWithheld>(Assert.Single(events));
            Assert.Contains("would submit", withheld.Reason, StringComparison.Ordinal);
            return;
        }

        Assert.IsType<OrderAccepted>(events[0]);
        Assert.DoesNotContain(events.Skip(1), e => e is OrderAccepted or OrderRejected or OrderCancelled);
        var fills = events.OfType<OrderFilled>().ToList();
        Assert.NotEmpty(fills);
        Assert.Equal(2, fills.Sum(fill => fill.Quantity));
        Assert.Equal(2, fills[^1].CumulativeQuantity);
        Assert.Equal(0, fills[^1].RemainingQuantity);
        Assert.All(fills, fill => Assert.True(fill.NetPrice <= 1.80m, $"fill at {fill.NetPrice} breaks the 1.80 limit"));
    }

    [Fact]
    public async Task SubmitAsync_SameClientOrderIdTwice_OneOrderAndDuplicateAcknowledgement()
    {
        var sut = Create();
        var order = BuyCall("contract-twice", quantity: 2, limit: 1.80m);

        var first = await sut.SubmitAsync(order, CancellationToken.None);
        var second = await sut.SubmitAsync(BuyCall("contract-twice", quantity: 3, limit: 1.90m), CancellationToken.None);
        await SettleAsync(sut);

        Assert.Equal(AcknowledgementStatus.Accepted, first.Status);
        Assert.Equal(AcknowledgementStatus.Duplicate, second.Status);
        Assert.False(string.IsNullOrWhiteSpace(second.Reason));
        var events = EventsFor(order.ClientOrderId);
        Assert.Single(events, e => e is OrderAccepted or OrderWithheld);
        if (!ExecutesOrders)
        {
            Assert.DoesNotContain(events, e => e is OrderFilled);
            return;
        }

        Assert.Equal(2, events.OfType<OrderFilled>().Sum(fill => fill.Quantity));
        var position = Assert.Single(await sut.GetPositionsAsync(CancellationToken.None));
        Assert.Equal(PricedCall, position.Instrument);
        Assert.Equal(2, position.Quantity);
    }

    [Fact]
    public async Task CancelAsync_WorkingOrder_CancelledAndNoLongerOpen()
    {
        var sut = Create();
        var resting = BuyCall("contract-rest", quantity: 1, limit: 0.50m, TimeInForce.GoodTillCancelled);

        var submitted = await sut.SubmitAsync(resting, CancellationToken.None);
        await SettleAsync(sut);
        Assert.Equal(AcknowledgementStatus.Accepted, submitted.Status);
        if (!ExecutesOrders)
        {
            var refused = await sut.CancelAsync(new CancelOrder(resting.ClientOrderId, "test"), CancellationToken.None);
            Assert.Equal(AcknowledgementStatus.Rejected, refused.Status);
            Assert.False(string.IsNullOrWhiteSpace(refused.Reason));
            Assert.Empty(await sut.GetOpenOrdersAsync(CancellationToken.None));
            return;
        }

        Assert.DoesNotContain(EventsFor(resting.ClientOrderId), e => e is OrderFilled);
        var open = Assert.Single(await sut.GetOpenOrdersAsync(CancellationToken.None));
        Assert.Equal(resting.ClientOrderId, open.ClientOrderId);
        Assert.Equal(1, open.RemainingQuantity);

        var cancelled = await sut.CancelAsync(new CancelOrder(resting.ClientOrderId, "contract test"), CancellationToken.None);
        await SettleAsync(sut);

        Assert.Equal(AcknowledgementStatus.Accepted, cancelled.Status);
        var cancel = Assert.Single(EventsFor(resting.ClientOrderId).OfType<OrderCancelled>());
        Assert.Equal(0, cancel.FilledQuantity);
        Assert.IsType<OrderCancelled>(EventsFor(resting.ClientOrderId)[^1]);
        Assert.Empty(await sut.GetOpenOrdersAsync(CancellationToken.None));
        var again = await sut.CancelAsync(new CancelOrder(resting.ClientOrderId, "again"), CancellationToken.None);
        Assert.Equal(AcknowledgementStatus.Rejected, again.Status);
    }

    [Fact]
    public async Task CancelAsync_UnknownClientOrderId_RejectedWithReason()
    {
        var sut = Create();
        var unknown = ClientOrderId.From("contract-never-sent");

        var acknowledgement = await sut.CancelAsync(new CancelOrder(unknown, "test"), CancellationToken.None);
        await SettleAsync(sut);

        Assert.Equal(AcknowledgementStatus.Rejected, acknowledgement.Status);
        Assert.False(string.IsNullOrWhiteSpace(acknowledgement.Reason));
        Assert.DoesNotContain(EventsFor(unknown), e => e is OrderCancelled);
    }

    [Fact]
    public async Task Reconciliation_AfterFillsAndARestingOrder_ReportsOpenOrderAndPositions()
    {
        var sut = Create();
        await sut.SubmitAsync(BuyCall("contract-recon-fill", quantity: 2, limit: 1.80m), CancellationToken.None);
        await sut.SubmitAsync(BuyCall("contract-recon-rest", quantity: 1, limit: 0.50m, TimeInForce.GoodTillCancelled), CancellationToken.None);
        await sut.SubmitAsync(SellCondor("contract-recon-condor"), CancellationToken.None);
        await SettleAsync(sut);

        var open = await sut.GetOpenOrdersAsync(CancellationToken.None);
        var positions = await sut.GetPositionsAsync(CancellationToken.None);

        if (!ExecutesOrders)
        {
            Assert.Empty(open);
            Assert.Empty(positions);
            return;
        }

        var report = Assert.Single(open);
        Assert.Equal("contract-recon-rest", report.ClientOrderId.Value);
        Assert.Equal(sut.AccountId, report.AccountId);
        var quantities = positions.ToDictionary(position => position.Instrument, position => position.Quantity);
        Assert.Equal(5, quantities.Count);
        Assert.Equal(2, quantities[PricedCall]);
        Assert.Equal(1, quantities[LongPut]);
        Assert.Equal(-1, quantities[ShortPut]);
        Assert.Equal(-1, quantities[ShortCall]);
        Assert.Equal(1, quantities[LongCall]);
        Assert.All(positions, position => Assert.Equal(sut.AccountId, position.AccountId));
    }

    [Fact]
    public async Task FindOrderAsync_SubmittedAndUnknownOrders_ReportsTheVenueStatusOrNull()
    {
        var sut = Create();
        await sut.SubmitAsync(BuyCall("contract-find-fill", quantity: 1, limit: 1.80m), CancellationToken.None);
        await sut.SubmitAsync(BuyCall("contract-find-rest", quantity: 1, limit: 0.50m, TimeInForce.GoodTillCancelled), CancellationToken.None);
        await SettleAsync(sut);

        var filled = await sut.FindOrderAsync(ClientOrderId.From("contract-find-fill"), CancellationToken.None);
        var resting = await sut.FindOrderAsync(ClientOrderId.From("contract-find-rest"), CancellationToken.None);
        var unknown = await sut.FindOrderAsync(ClientOrderId.From("contract-find-never"), CancellationToken.None);

        Assert.Null(unknown);
        if (!ExecutesOrders)
        {
            Assert.Equal(OrderStatus.Withheld, filled);
            Assert.Equal(OrderStatus.Withheld, resting);
            return;
        }

        Assert.Equal(OrderStatus.Filled, filled);
        Assert.Equal(OrderStatus.Working, resting);
        await sut.CancelAsync(new CancelOrder(ClientOrderId.From("contract-find-rest"), "contract test"), CancellationToken.None);
        await SettleAsync(sut);
        Assert.Equal(OrderStatus.Cancelled, await sut.FindOrderAsync(ClientOrderId.From("contract-find-rest"), CancellationToken.None));
    }

    [Fact]
    public async Task SubmitAsync_IronCondorCombo_FillsAllFourLegsTogetherForACredit()
    {
        var sut = Create();
        var order = SellCondor("contract-condor");

        var acknowledgement = await sut.SubmitAsync(order, CancellationToken.None);
        await SettleAsync(sut);

        Assert.Equal(AcknowledgementStatus.Accepted, acknowledgement.Status);
        var events = EventsFor(order.ClientOrderId);
        if (!ExecutesOrders)
        {
            Assert.IsType<OrderWithheld>(Assert.Single(events));
            return;
        }

        var fill = Assert.Single(events.OfType<OrderFilled>());
        Assert.Equal(4, fill.Legs.Count);
        Assert.Equal(order.Legs.Select(leg => (leg.Instrument, leg.Side, 1)), fill.Legs.Select(leg => (leg.Instrument, leg.Side, leg.Quantity)));
        Assert.True(fill.NetPrice <= -0.20m, $"a condor sold for at least 0.20 filled at net {fill.NetPrice}");
        Assert.Equal(fill.NetPrice, fill.Legs.Sum(leg => (leg.Side == OrderSide.Buy ? 1 : -1) * leg.Price));
    }

    [Fact]
    public async Task SubmitAsync_UnpriceableInstrument_RejectedWithReasonAndNeverFilled()
    {
        var sut = Create();
        var order = SubmitOrder.Single(ClientOrderId.From("contract-unpriced"), Unpriced, OrderSide.Buy, 10, 20m);

        var acknowledgement = await sut.SubmitAsync(order, CancellationToken.None);
        await SettleAsync(sut);

        var events = EventsFor(order.ClientOrderId);
        Assert.DoesNotContain(events, e => e is OrderFilled);
        Assert.Empty(await sut.GetOpenOrdersAsync(CancellationToken.None));
        Assert.Empty(await sut.GetPositionsAsync(CancellationToken.None));
        if (!ExecutesOrders)
        {
            Assert.IsType<OrderWithheld>(Assert.Single(events));
            return;
        }

        if (acknowledgement.Status == AcknowledgementStatus.Rejected)
        {
            Assert.False(string.IsNullOrWhiteSpace(acknowledgement.Reason));
            Assert.Empty(events);
        }
        else
        {
            Assert.Equal(AcknowledgementStatus.Accepted, acknowledgement.Status);
            Assert.False(string.IsNullOrWhiteSpace(Assert.Single(events.OfType<OrderRejected>()).Reason));
        }
    }

    [Fact]
    public async Task Events_AllCarryTheAdapterAccountInTimeOrder()
    {
        var sut = Create();
        await sut.SubmitAsync(BuyCall("contract-time-1", quantity: 1, limit: 1.80m), CancellationToken.None);
        Context.Time.Advance(TimeSpan.FromSeconds(5));
        await sut.SubmitAsync(BuyCall("contract-time-2", quantity: 1, limit: 0.50m, TimeInForce.GoodTillCancelled), CancellationToken.None);
        Context.Time.Advance(TimeSpan.FromSeconds(5));
        await sut.CancelAsync(new CancelOrder(ClientOrderId.From("contract-time-2"), "test"), CancellationToken.None);
        await SettleAsync(sut);

        Drain();
        Assert.NotEmpty(received);
        Assert.All(received, e => Assert.Equal(sut.AccountId, e.AccountId));
        for (var i = 1; i < received.Count; i++)
        {
            Assert.True(received[i].EventTime >= received[i - 1].EventTime, $"event {i} ({received[i]}) is earlier than event {i - 1}");
        }
    }

    protected ExecutionContractContext Context { get; private set; } = null!;

    private TAdapter Create()
    {
        Context = new ExecutionContractContext(new ManualTimeProvider(MarketTime), channel.Writer, Quotes);
        return CreateAdapter(Context);
    }

    private List<OrderEvent> EventsFor(ClientOrderId id)
    {
        Drain();
        return received.OfType<OrderEvent>().Where(e => e.ClientOrderId == id).ToList();
    }

    private void Drain()
    {
        while (channel.Reader.TryRead(out var executionEvent))
        {
            received.Add(executionEvent);
        }
    }

    private static SubmitOrder BuyCall(string id, int quantity, decimal limit, TimeInForce timeInForce = TimeInForce.Day) =>
        SubmitOrder.Single(ClientOrderId.From(id), PricedCall, OrderSide.Buy, quantity, limit, timeInForce);

    private static SubmitOrder SellCondor(string id) =>
        new(ClientOrderId.From(id),
            [new(LongPut, OrderSide.Buy), new(ShortPut, OrderSide.Sell), new(ShortCall, OrderSide.Sell), new(LongCall, OrderSide.Buy)],
            1, 0.20m, PriceEffect.Credit, TimeInForce.Day, OrderPurpose.CondorEntry);
}
