using System.Threading.Channels;
using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.Paper;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Testing;

namespace VixShield.Live.Adapters.Tests.Paper;

/// <summary>A paper broker wired to a scripted market and a manual clock, with the events it wrote.</summary>
internal sealed class PaperBroker
{
    public static readonly LocalDate Monday = new(2026, 3, 2);
    public static readonly LocalDate Tuesday = new(2026, 3, 3);
    public static readonly LocalDate VixApril = new(2026, 4, 15);

    public static readonly Instrument VixCall = Instrument.VixOption(VixApril, OptionRight.Call, 22m);
    public static readonly Instrument LongPut = Instrument.SpxwOption(Tuesday, OptionRight.Put, 6695m);
    public static readonly Instrument ShortPut = Instrument.SpxwOption(Tuesday, OptionRight.Put, 6700m);
    public static readonly Instrument ShortCall = Instrument.SpxwOption(Tuesday, OptionRight.Call, 7000m);
    public static readonly Instrument LongCall = Instrument.SpxwOption(Tuesday, OptionRight.Call, 7005m);

    private readonly Channel<ExecutionEvent> channel = Channel.CreateUnbounded<ExecutionEvent>();
    private readonly List<ExecutionEvent> events = [];
    private long nextId;

    public PaperBroker(PaperBrokerOptions? options = null, Instant? start = null)
    {
        Time = new ManualTimeProvider(start ?? Some.NewYork(2026, 3, 2, 11, 0));
        Prices = new ScriptedPaperPriceSource()
            .Set(VixCall, 1.10m, 1.30m)
            .Set(LongPut, 0.20m, 0.30m)
            .Set(ShortPut, 0.45m, 0.55m)
            .Set(ShortCall, 0.40m, 0.50m)
            .Set(LongCall, 0.15m, 0.25m);
        Sut = new PaperExecutionAdapter(options ?? new PaperBrokerOptions(), Prices, new NyseTradingCalendar(), Time, channel.Writer);
    }

    public ManualTimeProvider Time { get; }

    public ScriptedPaperPriceSource Prices { get; }

    public PaperExecutionAdapter Sut { get; }

    /// <summary>Every event written so far.</summary>
    public IReadOnlyList<ExecutionEvent> Events
    {
        get
        {
            while (channel.Reader.TryRead(out var executionEvent))
            {
                events.Add(executionEvent);
            }

            return events;
        }
    }

    public IReadOnlyList<OrderFilled> Fills => Events.OfType<OrderFilled>().ToList();

    public IReadOnlyList<AccountStatement> Statements => Events.OfType<AccountStatementIssued>().Select(issued => issued.Statement).ToList();

    public ClientOrderId NewId() => ClientOrderId.From("t-" + (++nextId).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Task<OrderAcknowledgement> SubmitAsync(SubmitOrder order) => Sut.SubmitAsync(order, CancellationToken.None);

    public Task<OrderAcknowledgement> Buy(Instrument instrument, int quantity, decimal? limit, TimeInForce timeInForce = TimeInForce.Day) =>
        SubmitAsync(SubmitOrder.Single(NewId(), instrument, OrderSide.Buy, quantity, limit, timeInForce));

    public Task<OrderAcknowledgement> Sell(Instrument instrument, int quantity, decimal? limit, TimeInForce timeInForce = TimeInForce.Day) =>
        SubmitAsync(SubmitOrder.Single(NewId(), instrument, OrderSide.Sell, quantity, limit, timeInForce));

    public Task<OrderAcknowledgement> SellCondor(decimal minimumCredit, int quantity = 1) =>
        SubmitAsync(new SubmitOrder(NewId(),
            [new(LongPut, OrderSide.Buy), new(ShortPut, OrderSide.Sell), new(ShortCall, OrderSide.Sell), new(LongCall, OrderSide.Buy)],
            quantity, minimumCredit, PriceEffect.Credit, TimeInForce.Day, OrderPurpose.CondorEntry));

    /// <summary>Moves the clock to <paramref name="time"/> and lets the venue catch up.</summary>
    public async Task AdvanceTo(Instant time)
    {
        Time.AdvanceTo(time);
        await Sut.ProcessMarketAsync(CancellationToken.None);
    }
}
