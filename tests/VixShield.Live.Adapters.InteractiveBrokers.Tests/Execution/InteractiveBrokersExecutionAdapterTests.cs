using System.Globalization;
using System.Threading.Channels;
using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.InteractiveBrokers.Execution;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Execution;

/// <summary>The IB execution adapter against the fake TWS venue on a real socket: the golden condor, rejections,
/// cancels, accounts, and duplicates across a reconnect and a restart.</summary>
public sealed class InteractiveBrokersExecutionAdapterTests : IDisposable
{
    private static readonly Instant StartTime = Instant.FromUtc(2026, 10, 16, 13, 45);
    private static readonly LocalDate Expiry = GoldenCondorMarket.Expiry;
    private static readonly Instrument LongPut = GoldenCondorMarket.LongPut;
    private static readonly Instrument ShortPut = GoldenCondorMarket.ShortPut;
    private static readonly Instrument ShortCall = GoldenCondorMarket.ShortCall;
    private static readonly Instrument LongCall = GoldenCondorMarket.LongCall;
    private static readonly IReadOnlyList<FakeTwsVenueContract> Market = GoldenCondorMarket.Contracts;

    private readonly CancellationTokenSource guard = new(TimeSpan.FromSeconds(30));
    private readonly Channel<ExecutionEvent> channel = Channel.CreateBounded<ExecutionEvent>(1_024);
    private readonly ManualTimeProvider time = new(StartTime);

    private CancellationToken Guard => guard.Token;

    public void Dispose() => guard.Dispose();

    [Fact]
    public async Task SubmitAsync_IronCondor_SendsTheGoldenBagAndRoundTripsToFilledWithFees()
    {
        await using var harness = await StartAsync();
        var sut = harness.Adapter;
        var order = new SubmitOrder(
            ClientOrderId.From("condor-1"),
            [new(LongPut, OrderSide.Buy), new(ShortPut, OrderSide.Sell), new(ShortCall, OrderSide.Sell), new(LongCall, OrderSide.Buy)],
            1, 2.35m, PriceEffect.Credit, TimeInForce.Day, OrderPurpose.CondorEntry);

        var acknowledgement = await sut.SubmitAsync(order, Guard);
        await sut.GetOpenOrdersAsync(Guard);

        Assert.Equal(AcknowledgementStatus.Accepted, acknowledgement.Status);
        var placed = Assert.Single(harness.Server.Requests, r => r.Name == "PLACE_ORDER");
        var golden = TwsGoldenScenario.Load("condor").ClientMessages.Single(m => m.Name == "PLACE_ORDER");
        Assert.Equal(golden.Fields.Count, placed.Fields.Count);
        string[] labels =
        [
            "orderId", "symbol", "secType", "exchange", "currency", "action", "totalQuantity", "orderType", "lmtPrice", "tif",
            "transmit", "comboLegsCount", "orderComboLegsCount", "smartComboRoutingParamsCount",
            .. Enumerable.Range(0, 4).SelectMany(i => new[] { $"leg[{i}].conId", $"leg[{i}].ratio", $"leg[{i}].action", $"leg[{i}].exchange" }),
        ];
        foreach (var label in labels)
        {
            Assert.True(golden.Field(label) == placed.Fields[IndexOf(golden.Labels, label)], $"{label}: golden '{golden.Field(label)}', sent '{placed.Fields[IndexOf(golden.Labels, label)]}'");
        }

        Assert.Equal("condor-1", placed.Fields[IndexOf(golden.Labels, "orderRef")]);
        Assert.Equal("DU1234567", placed.Fields[IndexOf(golden.Labels, "account")]);
        var events = Drain();
        Assert.IsType<OrderAccepted>(events[0]);
        var fill = Assert.IsType<OrderFilled>(Assert.Single(events, e => e is OrderFilled));
        Assert.Equal(-2.50m, fill.NetPrice);
        Assert.True(fill.IsComplete);
        Assert.Equal(4 * 1.05m, fill.Fees);
        Assert.Equal(
            [(LongPut, OrderSide.Buy, 1.00m), (ShortPut, OrderSide.Sell, 2.00m), (ShortCall, OrderSide.Sell, 2.00m), (LongCall, OrderSide.Buy, 0.50m)],
            fill.Legs.Select(leg => (leg.Instrument, leg.Side, leg.Price)));
        Assert.All(fill.Legs, leg => Assert.Equal(1.05m, leg.Fees));
    }

    [Fact]
    public async Task SubmitAsync_VenueRejectsWith201_OrderRejectedWithTwsReasonAndNeverAccepted()
    {
        await using var harness = await StartAsync();
        var sut = harness.Adapter;
        var unknownFuture = Instrument.VixFuture(new LocalDate(2026, 11, 18));
        var order = SubmitOrder.Single(ClientOrderId.From("hedge-future"), unknownFuture, OrderSide.Buy, 1, 21.5m);

        var acknowledgement = await sut.SubmitAsync(order, Guard);
        await sut.GetOpenOrdersAsync(Guard);

        Assert.Equal(AcknowledgementStatus.Accepted, acknowledgement.Status);
        var placed = Assert.Single(harness.Server.Requests, r => r.Name == "PLACE_ORDER");
        Assert.Equal(["VIX", "FUT", "20261118", "", "", "1000", "CFE"], placed.Fields.Skip(2).Take(7));
        var rejected = Assert.IsType<OrderRejected>(Assert.Single(Drain()));
        Assert.Equal(order, rejected.Order);
        Assert.Equal(RejectionSource.Venue, rejected.Source);
        Assert.Contains("(201)", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("no market data for VIX FUT", rejected.Reason, StringComparison.Ordinal);
        var again = await sut.CancelAsync(new CancelOrder(order.ClientOrderId, "too late"), Guard);
        Assert.Equal(AcknowledgementStatus.Rejected, again.Status);
    }

    [Fact]
    public async Task CancelAsync_RestingOrder_SendsCancelForItsTwsIdAndReportsTheRequestedReason()
    {
        await using var harness = await StartAsync();
        var sut = harness.Adapter;
        var order = SubmitOrder.Single(ClientOrderId.From("rest-1"), VenueContracts.VixCall, OrderSide.Buy, 2, 0.50m, TimeInForce.GoodTillCancelled);
        await sut.SubmitAsync(order, Guard);
        await sut.GetOpenOrdersAsync(Guard);
        var accepted = Assert.IsType<OrderAccepted>(Assert.Single(Drain()));

        var acknowledgement = await sut.CancelAsync(new CancelOrder(order.ClientOrderId, "layer L1 closed"), Guard);
        var open = await sut.GetOpenOrdersAsync(Guard);

        Assert.Equal(AcknowledgementStatus.Accepted, acknowledgement.Status);
        var cancel = Assert.Single(harness.Server.Requests, r => r.Name == "CANCEL_ORDER");
        Assert.Equal(accepted.VenueOrderId, cancel.Field("orderId"));
        Assert.Equal("2147483647", cancel.Field("manualOrderIndicator"));
        var cancelled = Assert.IsType<OrderCancelled>(Assert.Single(Drain()));
        Assert.Equal("layer L1 closed", cancelled.Reason);
        Assert.Equal(0, cancelled.FilledQuantity);
        Assert.Empty(open);
    }

    [Theory]
    [InlineData(0.50, 0)]
    [InlineData(1.80, 1)]
    public async Task SubmitAsync_SameClientOrderIdAfterRestart_DuplicateAndNotSentAgain(double limit, int fills)
    {
        await using var harness = await StartAsync();
        var order = SubmitOrder.Single(
            ClientOrderId.From("hedge-L1-open"), VenueContracts.VixCall, OrderSide.Buy, 1, (decimal)limit, TimeInForce.GoodTillCancelled);
        await harness.Adapter.SubmitAsync(order, Guard);
        await harness.Adapter.GetOpenOrdersAsync(Guard);

        await harness.RestartAsync(Guard);
        var acknowledgement = await harness.Adapter.SubmitAsync(order, Guard);
        var open = await harness.Adapter.GetOpenOrdersAsync(Guard);

        Assert.Equal(AcknowledgementStatus.Duplicate, acknowledgement.Status);
        Assert.Contains("found at start-up", acknowledgement.Reason, StringComparison.Ordinal);
        Assert.Single(harness.Server.Requests, r => r.Name == "PLACE_ORDER");
        var second = harness.Server.Requests.Where(r => r.ConnectionNumber == 2).Select(r => r.Name).ToList();
        Assert.Contains("REQ_ALL_OPEN_ORDERS", second);
        Assert.Contains("REQ_EXECUTIONS", second);
        Assert.Equal(fills, Drain().OfType<OrderFilled>().Count());
        if (fills == 0)
        {
            var report = Assert.Single(open);
            Assert.Equal(order.ClientOrderId, report.ClientOrderId);
            Assert.Equal(order.Legs, report.Order.Legs);
            Assert.Equal(order.LimitPrice, report.Order.LimitPrice);
            Assert.Equal(TimeInForce.GoodTillCancelled, report.Order.TimeInForce);
        }
        else
        {
            Assert.Empty(open);
        }
    }

    [Fact]
    public async Task SubmitAsync_SameClientOrderIdAfterReconnect_DuplicateAndNotSentAgain()
    {
        await using var harness = await StartAsync();
        var order = SubmitOrder.Single(ClientOrderId.From("condor-exit"), VenueContracts.VixCall, OrderSide.Buy, 1, 0.50m);
        await harness.Adapter.SubmitAsync(order, Guard);
        await harness.Adapter.GetOpenOrdersAsync(Guard);

        harness.Server.DropConnection();
        await harness.Server.WaitForRequestAsync(r => r.ConnectionNumber == 2 && r.Name == "REQ_EXECUTIONS", Guard);
        var acknowledgement = await harness.Adapter.SubmitAsync(order, Guard);
        var open = await harness.Adapter.GetOpenOrdersAsync(Guard);

        Assert.Equal(AcknowledgementStatus.Duplicate, acknowledgement.Status);
        Assert.Single(harness.Server.Requests, r => r.Name == "PLACE_ORDER");
        Assert.Equal(order.ClientOrderId, Assert.Single(open).ClientOrderId);
    }

    [Theory]
    [InlineData("DU1234567", null, "DU1234567", true)]
    [InlineData("U7654321", null, "U7654321", false)]
    [InlineData("DU111,DU222", "DU222", "DU222", true)]
    public async Task StartAsync_ManagedAccounts_AccountIdAndPaperFlagFollowTheAccount(string managed, string? configured, string expected, bool paper)
    {
        await using var harness = ExecutionHarness.Create(
            Market, time, channel.Writer, new FakeTwsServerOptions { Accounts = managed }, new InteractiveBrokersExecutionOptions { AccountId = configured });
        var sut = harness.Adapter;

        await sut.StartAsync(Guard);

        Assert.Equal(expected, sut.AccountId);
        Assert.Equal(paper, sut.IsPaperAccount);
        Assert.Equal("ib", sut.Name);
        var start = Assert.Single(harness.Server.Requests, r => r.Name == "START_API");
        Assert.Equal(InteractiveBrokersExecutionOptions.DefaultClientId.ToString(CultureInfo.InvariantCulture), start.Field("clientId"));
    }

    [Fact]
    public async Task StartAsync_ConfiguredAccountNotManaged_ThrowsNamingTheSettingAndTheAccounts()
    {
        await using var harness = ExecutionHarness.Create(
            Market, time, channel.Writer, new FakeTwsServerOptions { Accounts = "DU111,DU222" }, new InteractiveBrokersExecutionOptions { AccountId = "DU999" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Adapter.StartAsync(Guard));

        Assert.Contains("InteractiveBrokers:Execution:AccountId is 'DU999'", error.Message, StringComparison.Ordinal);
        Assert.Contains("[DU111, DU222]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NegativeClientId_ThrowsNamingKeyValueAndAllowed()
    {
        var sut = new InteractiveBrokersExecutionOptions { ClientId = -1 };

        var error = Assert.Throws<ArgumentException>(sut.Validate);

        Assert.Contains("InteractiveBrokers:Execution:ClientId is '-1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("0 or more", error.Message, StringComparison.Ordinal);
    }

    private async Task<ExecutionHarness> StartAsync()
    {
        var harness = ExecutionHarness.Create(Market, time, channel.Writer);
        await harness.Adapter.StartAsync(Guard);
        return harness;
    }

    private List<ExecutionEvent> Drain()
    {
        var events = new List<ExecutionEvent>();
        while (channel.Reader.TryRead(out var next))
        {
            events.Add(next);
        }

        return events;
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"the golden PLACE_ORDER has no field '{label}'");
    }
}
