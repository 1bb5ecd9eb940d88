using System.Threading.Channels;
using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.InteractiveBrokers.Execution;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Execution;

/// <summary>Reconciliation at start and after a reconnect against the fake venue on a real socket: finished orders
/// without executions are known by their order reference, orders that ended or were lost while the connection was down
/// are reported, and new order ids stay above TWS's.</summary>
public sealed class InteractiveBrokersExecutionReconcileTests : IDisposable
{
    private static readonly Instant StartTime = Instant.FromUtc(2026, 10, 16, 13, 45);

    private readonly CancellationTokenSource guard = new(TimeSpan.FromSeconds(30));
    private readonly Channel<ExecutionEvent> channel = Channel.CreateBounded<ExecutionEvent>(1_024);
    private readonly ManualTimeProvider time = new(StartTime);

    private CancellationToken Guard => guard.Token;

    public void Dispose() => guard.Dispose();

    [Fact]
    public async Task SubmitAsync_SameClientOrderIdAfterRestartOfACancelledOrder_DuplicateAndNotSentAgain()
    {
        await using var harness = await StartAsync();
        harness.Venue.NeverFill = true;
        var order = GoldenCondorMarket.VixCall("hedge-L1-open", 0.50m);
        await harness.Adapter.SubmitAsync(order, Guard);
        await harness.Adapter.GetOpenOrdersAsync(Guard);
        await harness.Adapter.CancelAsync(new CancelOrder(order.ClientOrderId, "layer closed"), Guard);
        await harness.Adapter.GetOpenOrdersAsync(Guard);

        await harness.RestartAsync(Guard);
        var acknowledgement = await harness.Adapter.SubmitAsync(order, Guard);

        Assert.Equal(AcknowledgementStatus.Duplicate, acknowledgement.Status);
        Assert.Contains("found at start-up", acknowledgement.Reason, StringComparison.Ordinal);
        Assert.Single(harness.Server.Requests, r => r.Name == "PLACE_ORDER");
        var completed = Assert.Single(harness.Server.Requests, r => r.Name == "REQ_COMPLETED_ORDERS" && r.ConnectionNumber == 2);
        Assert.Equal("1", completed.Field("apiOnly"));
    }

    [Fact]
    public async Task Reconnect_OrderCancelledByTwsWhileDisconnected_ReportedCancelled()
    {
        await using var harness = await StartAsync();
        harness.Venue.NeverFill = true;
        var order = GoldenCondorMarket.VixCall("hedge-L1-open", 0.50m);
        await harness.Adapter.SubmitAsync(order, Guard);
        await harness.Adapter.GetOpenOrdersAsync(Guard);
        Assert.IsType<OrderAccepted>(Assert.Single(Drain()));

        harness.Venue.CancelRestingOrdersSilently();
        var open = await ReconnectAsync(harness);

        var cancelled = Assert.IsType<OrderCancelled>(Assert.Single(Drain()));
        Assert.Equal(order.ClientOrderId, cancelled.ClientOrderId);
        Assert.Contains("while disconnected", cancelled.Reason, StringComparison.Ordinal);
        Assert.Contains("Cancelled by Trader", cancelled.Reason, StringComparison.Ordinal);
        Assert.Empty(open);
        var again = await harness.Adapter.CancelAsync(new CancelOrder(order.ClientOrderId, "late"), Guard);
        Assert.Equal(AcknowledgementStatus.Rejected, again.Status);
    }

    [Fact]
    public async Task Reconnect_OrderLostWithTheConnection_ReportedRejectedAndNotResent()
    {
        await using var harness = await StartAsync();
        harness.Venue.LoseNextOrder = true;
        var order = GoldenCondorMarket.VixCall("hedge-L1-open", 1.80m);
        var acknowledgement = await harness.Adapter.SubmitAsync(order, Guard);

        var open = await ReconnectAsync(harness);

        Assert.Equal(AcknowledgementStatus.Accepted, acknowledgement.Status);
        var rejected = Assert.IsType<OrderRejected>(Assert.Single(Drain()));
        Assert.Equal(order.ClientOrderId, rejected.ClientOrderId);
        Assert.Contains("lost with the connection", rejected.Reason, StringComparison.Ordinal);
        Assert.Empty(open);

        // The fake may not even have read the first PLACE_ORDER before the drop; what matters is that none is sent again.
        Assert.DoesNotContain(harness.Server.Requests, r => r.Name == "PLACE_ORDER" && r.ConnectionNumber == 2);
    }

    [Fact]
    public async Task Reconnect_OrderTwsAcknowledged_NotTakenForLost()
    {
        await using var harness = await StartAsync();
        harness.Venue.NeverFill = true;
        var order = GoldenCondorMarket.VixCall("hedge-L1-open", 0.50m);
        await harness.Adapter.SubmitAsync(order, Guard);
        await harness.Adapter.GetOpenOrdersAsync(Guard);
        Drain();

        var open = await ReconnectAsync(harness);

        Assert.Empty(Drain());
        Assert.Equal(order.ClientOrderId, Assert.Single(open).ClientOrderId);
    }

    [Fact]
    public async Task SubmitAsync_AfterRestartWhenTwsHandsOutALowerOrderId_ContinuesAboveTheOrdersTwsHas()
    {
        await using var harness = await StartAsync();
        harness.Venue.NeverFill = true;
        await harness.Adapter.SubmitAsync(GoldenCondorMarket.VixCall("hedge-1", 0.50m), Guard);
        await harness.Adapter.SubmitAsync(GoldenCondorMarket.VixCall("hedge-2", 0.50m), Guard);
        await harness.Adapter.GetOpenOrdersAsync(Guard);

        harness.Server.NextValidIdSource = () => 1;
        await harness.RestartAsync(Guard);
        await harness.Adapter.SubmitAsync(GoldenCondorMarket.VixCall("hedge-3", 0.50m), Guard);
        var open = await harness.Adapter.GetOpenOrdersAsync(Guard);

        Assert.Equal(["1", "2", "3"], harness.Server.Requests.Where(r => r.Name == "PLACE_ORDER").Select(r => r.Field("orderId")));
        Assert.Equal(["hedge-1", "hedge-2", "hedge-3"], open.Select(o => o.ClientOrderId.Value));
    }

    private async Task<ExecutionHarness> StartAsync()
    {
        var harness = ExecutionHarness.Create(GoldenCondorMarket.Contracts, time, channel.Writer);
        await harness.Adapter.StartAsync(Guard);
        return harness;
    }

    /// <summary>Drops the connection and returns the open orders once the adapter has reconnected and reconciled.</summary>
    private async Task<IReadOnlyList<OrderReport>> ReconnectAsync(ExecutionHarness harness)
    {
        harness.Server.DropConnection();
        await harness.Server.WaitForRequestAsync(r => r.ConnectionNumber == 2 && r.Name == "REQ_COMPLETED_ORDERS", Guard);
        return await harness.Adapter.GetOpenOrdersAsync(Guard);
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
