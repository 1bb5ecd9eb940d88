using System.Threading.Channels;
using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Adapters.InteractiveBrokers.Execution;
using VixShield.Live.Adapters.InteractiveBrokers.Tests.Support;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Execution;

/// <summary>Fills however TWS reports them (executions before, after or without ORDER_STATUS Filled; executions sent
/// again after a reconnect), against the fake venue on a real socket: each fill is reported exactly once.</summary>
public sealed class InteractiveBrokersExecutionFillTests : IDisposable
{
    private static readonly Instant StartTime = Instant.FromUtc(2026, 10, 16, 13, 45);
    private static readonly TimeSpan ExecutionWait = new InteractiveBrokersExecutionOptions().ExecutionWait;

    private readonly CancellationTokenSource guard = new(TimeSpan.FromSeconds(30));
    private readonly Channel<ExecutionEvent> channel = Channel.CreateBounded<ExecutionEvent>(1_024);
    private readonly ObservableTimeProvider time = new(StartTime);

    private CancellationToken Guard => guard.Token;

    public void Dispose() => guard.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SubmitAsync_StatusFilledAndNoExecutionsEver_AsksForThemThenReportsTheFillFromOrderStatus(bool combo)
    {
        await using var harness = await StartAsync(FakeTwsFillReporting.StatusOnlyExecutionsWithheld);
        var sut = harness.Adapter;
        var order = combo ? GoldenCondorMarket.Condor("condor-1") : GoldenCondorMarket.VixCall("hedge-1", 1.80m);

        await SubmitAndOutwaitExecutionsAsync(sut, order);

        var asked = Assert.Single(harness.Server.Requests, r => r.Name == "REQ_EXECUTIONS" && r.Field("clientId") == "8");
        Assert.Equal(1, asked.ConnectionNumber);
        var events = Drain();
        Assert.IsType<OrderAccepted>(events[0]);
        var fill = Assert.IsType<OrderFilled>(Assert.Single(events, e => e is OrderFilled));
        Assert.StartsWith(InteractiveBrokersExecutionAdapter.StatusFillIdPrefix, fill.FillId, StringComparison.Ordinal);
        Assert.Equal((1, 1, 0), (fill.Quantity, fill.CumulativeQuantity, fill.RemainingQuantity));
        Assert.Equal(combo ? -2.50m : 1.30m, fill.NetPrice);
        Assert.Equal(combo ? 250m : -130m, fill.CashAmount);
        Assert.Equal(0m, fill.Fees);
        Assert.Equal(order.Legs.Select(leg => (leg.Instrument, leg.Side, leg.Ratio)), fill.Legs.Select(leg => (leg.Instrument, leg.Side, leg.Quantity)));
    }

    [Fact]
    public async Task SubmitAsync_StatusFilledAndExecutionsOnlyOnRequest_ReportsTheExecutionsWithFees()
    {
        await using var harness = await StartAsync(FakeTwsFillReporting.StatusOnly);
        var sut = harness.Adapter;

        await SubmitAndOutwaitExecutionsAsync(sut, GoldenCondorMarket.Condor("condor-1"));

        Assert.Single(harness.Server.Requests, r => r.Name == "REQ_EXECUTIONS" && r.Field("clientId") == "8");
        var fill = Assert.IsType<OrderFilled>(Assert.Single(Drain(), e => e is OrderFilled));
        Assert.DoesNotContain(InteractiveBrokersExecutionAdapter.StatusFillIdPrefix, fill.FillId, StringComparison.Ordinal);
        Assert.Equal(-2.50m, fill.NetPrice);
        Assert.Equal(4 * 1.05m, fill.Fees);
        Assert.Equal([1.00m, 2.00m, 2.00m, 0.50m], fill.Legs.Select(leg => leg.Price));
    }

    [Fact]
    public async Task SubmitAsync_StatusFilledBeforeItsExecutions_OneFillFromTheExecutionsAndNothingAsked()
    {
        await using var harness = await StartAsync(FakeTwsFillReporting.StatusThenExecutions);
        var sut = harness.Adapter;

        await SubmitAndOutwaitExecutionsAsync(sut, GoldenCondorMarket.Condor("condor-1"));

        Assert.DoesNotContain(harness.Server.Requests, r => r.Name == "REQ_EXECUTIONS" && r.Field("clientId") == "8");
        var events = Drain();
        Assert.Equal([typeof(OrderAccepted), typeof(OrderFilled)], events.Select(e => e.GetType()));
        var fill = (OrderFilled)events[1];
        Assert.Equal("0000e0d5.0001+0000e0d5.0002+0000e0d5.0003+0000e0d5.0004", fill.FillId);
        Assert.Equal(4 * 1.05m, fill.Fees);
    }

    [Fact]
    public async Task SubmitAsync_ExecutionsBeforeStatusFilled_OneFillAndNoWait()
    {
        await using var harness = await StartAsync(FakeTwsFillReporting.ExecutionsThenStatus);
        var sut = harness.Adapter;

        await sut.SubmitAsync(GoldenCondorMarket.Condor("condor-1"), Guard);
        await sut.GetOpenOrdersAsync(Guard);
        await sut.FillChecksSettledAsync();

        Assert.DoesNotContain(harness.Server.Requests, r => r.Name == "REQ_EXECUTIONS" && r.Field("clientId") == "8");
        var fill = Assert.IsType<OrderFilled>(Assert.Single(Drain(), e => e is OrderFilled));
        Assert.Equal(4 * 1.05m, fill.Fees);
    }

    [Fact]
    public async Task Reconnect_TwsSendsTheExecutionsAgain_NotReportedAgain()
    {
        await using var harness = await StartAsync(FakeTwsFillReporting.ExecutionsThenStatus);
        var sut = harness.Adapter;
        await sut.SubmitAsync(GoldenCondorMarket.Condor("condor-1"), Guard);
        await sut.GetOpenOrdersAsync(Guard);
        var first = Drain();

        await ReconnectAsync(harness);
        await sut.FillChecksSettledAsync();

        Assert.Single(first, e => e is OrderFilled);
        var executions = Assert.Single(harness.Server.Requests, r => r.Name == "REQ_EXECUTIONS" && r.ConnectionNumber == 2);
        Assert.Equal("0", executions.Field("clientId"));
        Assert.Empty(Drain());
    }

    [Fact]
    public async Task Reconnect_ExecutionsArriveAfterTheFillFromOrderStatus_AbsorbedNotReportedTwice()
    {
        await using var harness = await StartAsync(FakeTwsFillReporting.StatusOnlyExecutionsWithheld);
        var sut = harness.Adapter;
        var order = GoldenCondorMarket.VixCall("hedge-1", 1.80m, quantity: 2);
        await SubmitAndOutwaitExecutionsAsync(sut, order);
        var first = Drain();

        harness.Venue.ReleaseWithheldExecutions();
        await ReconnectAsync(harness);
        await sut.FillChecksSettledAsync();

        var fill = Assert.IsType<OrderFilled>(Assert.Single(first, e => e is OrderFilled));
        Assert.Equal((2, 0), (fill.Quantity, fill.RemainingQuantity));
        Assert.Single(harness.Server.Requests, r => r.Name == "REQ_EXECUTIONS" && r.ConnectionNumber == 2);
        Assert.Empty(Drain());
        var again = await sut.SubmitAsync(order, Guard);
        Assert.Equal(AcknowledgementStatus.Duplicate, again.Status);
    }

    [Fact]
    public async Task Reconnect_ExecutionsOfUnitsReportedFromOrderStatus_AbsorbedAndLaterUnitsReportedOnce()
    {
        await using var harness = await StartAsync(FakeTwsFillReporting.StatusOnlyExecutionsWithheld);
        harness.Venue.FillAtMost = 1;
        var sut = harness.Adapter;
        await SubmitAndOutwaitExecutionsAsync(sut, GoldenCondorMarket.VixCall("hedge-1", 1.80m, quantity: 2));
        var first = Drain();

        harness.Venue.ReleaseWithheldExecutions();
        await ReconnectAsync(harness);
        await sut.FillChecksSettledAsync();
        var afterReconnect = Drain();
        harness.Venue.FillReporting = FakeTwsFillReporting.ExecutionsThenStatus;
        await harness.Venue.FillRestingOrdersAsync(Guard);
        await sut.GetOpenOrdersAsync(Guard);
        await sut.FillChecksSettledAsync();
        var last = Drain();

        var fromStatus = Assert.IsType<OrderFilled>(Assert.Single(first, e => e is OrderFilled));
        Assert.StartsWith(InteractiveBrokersExecutionAdapter.StatusFillIdPrefix, fromStatus.FillId, StringComparison.Ordinal);
        Assert.Equal((1, 1, 1), (fromStatus.Quantity, fromStatus.CumulativeQuantity, fromStatus.RemainingQuantity));
        Assert.Empty(afterReconnect);
        var fromExecution = Assert.IsType<OrderFilled>(Assert.Single(last));
        Assert.Equal("0000e0d5.0002", fromExecution.FillId);
        Assert.Equal((1, 2, 0), (fromExecution.Quantity, fromExecution.CumulativeQuantity, fromExecution.RemainingQuantity));
        Assert.Equal((1.30m, 1.05m), (fromExecution.NetPrice, fromExecution.Fees));
    }

    [Fact]
    public async Task CancelAsync_PartlyFilledOrderWhoseExecutionsNeverCame_FillReportedBeforeTheCancel()
    {
        await using var harness = await StartAsync(FakeTwsFillReporting.StatusOnlyExecutionsWithheld);
        harness.Venue.FillAtMost = 1;
        var sut = harness.Adapter;
        var order = GoldenCondorMarket.VixCall("hedge-1", 1.80m, quantity: 2);
        var waiting = time.WaitForTimerAsync(ExecutionWait, Guard);
        await sut.SubmitAsync(order, Guard);
        await waiting;

        await sut.CancelAsync(new CancelOrder(order.ClientOrderId, "layer closed"), Guard);
        await sut.GetOpenOrdersAsync(Guard);
        var beforeWait = Drain();
        time.Clock.Advance(ExecutionWait);
        await sut.FillChecksSettledAsync();

        Assert.Equal([typeof(OrderAccepted)], beforeWait.Select(e => e.GetType()));
        var events = Drain();
        Assert.Equal([typeof(OrderFilled), typeof(OrderCancelled)], events.Select(e => e.GetType()));
        var fill = (OrderFilled)events[0];
        Assert.Equal((1, 1, 1), (fill.Quantity, fill.CumulativeQuantity, fill.RemainingQuantity));
        var cancelled = (OrderCancelled)events[1];
        Assert.Equal(("layer closed", 1), (cancelled.Reason, cancelled.FilledQuantity));
    }

    private async Task<ExecutionHarness> StartAsync(FakeTwsFillReporting reporting)
    {
        var harness = ExecutionHarness.Create(GoldenCondorMarket.Contracts, time, channel.Writer);
        harness.Venue.FillReporting = reporting;
        await harness.Adapter.StartAsync(Guard);
        return harness;
    }

    /// <summary>Submits, lets the venue's replies be handled, then moves the clock past the wait for executions that
    /// the first ORDER_STATUS Filled starts, and waits for that check to finish.</summary>
    private async Task SubmitAndOutwaitExecutionsAsync(InteractiveBrokersExecutionAdapter sut, SubmitOrder order)
    {
        var waiting = time.WaitForTimerAsync(ExecutionWait, Guard);
        await sut.SubmitAsync(order, Guard);
        await waiting;
        await sut.GetOpenOrdersAsync(Guard);
        time.Clock.Advance(ExecutionWait);
        await sut.FillChecksSettledAsync();
    }

    /// <summary>Drops the connection and returns once the adapter has reconnected and reconciled.</summary>
    private async Task ReconnectAsync(ExecutionHarness harness)
    {
        harness.Server.DropConnection();
        await harness.Server.WaitForRequestAsync(r => r.ConnectionNumber == 2 && r.Name == "REQ_COMPLETED_ORDERS", Guard);
        await harness.Adapter.GetOpenOrdersAsync(Guard);
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
}
