using Microsoft.Extensions.Logging.Abstractions;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Engine.Alerts;
using VixShield.Live.Engine.Execution;
using VixShield.Live.Testing;
using VixShield.Live.Testing.Execution;

namespace VixShield.Live.Engine.Tests.Execution;

public class ExecutionPumpTests
{
    private readonly ManualTimeProvider time = new(Some.NewYork(2026, 3, 2, 11, 0));
    private readonly List<ExecutionEvent> published = [];
    private ExecutionChannels channels = null!;
    private RecordingExecutionAdapter adapter = null!;
    private ExecutionSafetyGate gate = null!;
    private ExecutionPump sut = null!;

    [Fact]
    public async Task RunAsync_ApprovedOrder_ReachesTheAdapterAndItsEventsArePublished()
    {
        Create();

        await RunAsync(Orders.Call("a"));

        Assert.Equal("a", Assert.Single(adapter.Submitted).ClientOrderId.Value);
        Assert.Equal("a", Assert.IsType<OrderAccepted>(Assert.Single(published)).ClientOrderId.Value);
        Assert.Equal(1, sut.OrdersSubmitted);
    }

    [Fact]
    public async Task RunAsync_GateRefusal_NeverReachesTheAdapterAndBecomesAnAlertWithItsReason()
    {
        Create();
        gate.Pause("operator maintenance");

        await RunAsync(Orders.Call("a"));

        Assert.Empty(adapter.Submitted);
        var rejected = Assert.IsType<OrderRejected>(Assert.Single(published));
        Assert.Equal(RejectionSource.SafetyGate, rejected.Source);
        Assert.Contains("paused (operator maintenance)", rejected.Reason, StringComparison.Ordinal);
        var alert = ExecutionEventAlerts.Create(new AlertFactory(), rejected);
        Assert.Equal("order.refused", alert.Type);
        Assert.Equal(AlertSeverity.Warning, alert.Severity);
        Assert.Equal(rejected.Reason, alert.Reason);
        Assert.Contains(AlertValue.Of("limit", "Paused"), alert.Values);
        Assert.Equal(1, sut.OrdersRefused);
    }

    [Fact]
    public async Task RunAsync_LiveAccount_RefusedBeforeTheAdapter()
    {
        Create(account: "U1234567", paper: false);

        await RunAsync(Orders.Call("a"));

        Assert.Empty(adapter.Submitted);
        Assert.Contains("Execution:AllowLiveAccount", Assert.IsType<OrderRejected>(Assert.Single(published)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AdapterRejectsTheAcknowledgement_PublishedAsAnAdapterRejection()
    {
        Create();
        adapter.RejectWith = _ => "market closed";

        await RunAsync(Orders.Call("a"));

        var rejected = Assert.IsType<OrderRejected>(Assert.Single(published));
        Assert.Equal(RejectionSource.Adapter, rejected.Source);
        Assert.Contains("market closed", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal("order.rejected", ExecutionEventAlerts.Create(new AlertFactory(), rejected).Type);
    }

    [Fact]
    public async Task RunAsync_SameClientOrderIdTwice_SecondPublishedAsDuplicate()
    {
        Create();

        await RunAsync(Orders.Call("a"), Orders.Call("a", quantity: 2));

        Assert.Collection(published,
            e => Assert.IsType<OrderAccepted>(e),
            e => Assert.Equal("a", Assert.IsType<DuplicateOrderIgnored>(e).ClientOrderId.Value));
    }

    [Fact]
    public async Task RunAsync_CancelOfAnUnknownOrder_PublishedAsCancelRejected()
    {
        Create();

        await RunAsync(new CancelOrder(ClientOrderId.From("ghost"), "tidy up"));

        Assert.Equal("ghost", Assert.IsType<OrderCancelRejected>(Assert.Single(published)).ClientOrderId.Value);
    }

    [Fact]
    public async Task RunAsync_KillSwitchCommand_CancelsWorkingOrdersAndRefusesLaterOnes()
    {
        Create();

        await RunAsync(Orders.Call("a"), Orders.Call("b"), new ActivateKillSwitch("drawdown alarm"), Orders.Call("c"));

        Assert.Equal(["a", "b"], adapter.Submitted.Select(order => order.ClientOrderId.Value));
        Assert.Equal(["a", "b"], adapter.Cancelled.Select(cancel => cancel.ClientOrderId.Value));
        Assert.All(adapter.Cancelled, cancel => Assert.Contains("kill switch: drawdown alarm", cancel.Reason, StringComparison.Ordinal));
        var kill = Assert.Single(published.OfType<KillSwitchActivated>());
        Assert.Equal(["a", "b"], kill.CancelledOrders.Select(id => id.Value));
        var refused = Assert.IsType<OrderRejected>(published[^1]);
        Assert.Equal("c", refused.ClientOrderId.Value);
        Assert.Contains("kill switch is on (drawdown alarm)", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(AlertSeverity.Critical, ExecutionEventAlerts.Create(new AlertFactory(), kill).Severity);
    }

    [Fact]
    public async Task ActivateKillSwitchAsync_RefusesOrdersAlreadyQueued()
    {
        Create();
        await channels.Commands.Writer.WriteAsync(Orders.Call("queued"));

        await sut.ActivateKillSwitchAsync("operator", CancellationToken.None);
        await RunAsync();

        Assert.Empty(adapter.Submitted);
        Assert.Equal(2, published.Count);
        Assert.Empty(Assert.IsType<KillSwitchActivated>(published[0]).CancelledOrders);
        Assert.Equal(SafetyLimit.KillSwitch.ToString(), Assert.IsType<OrderRejected>(published[1]).Values[0].Text);
    }

    [Fact]
    public async Task RunAsync_KillSwitchInConfiguration_CancelsTheWorkingOrdersFoundAtStart()
    {
        Create(new ExecutionOptions { KillSwitch = true });
        await adapter.SubmitAsync(Orders.Call("left-from-yesterday"), CancellationToken.None);

        await RunAsync(Orders.Call("new"));

        Assert.Equal("left-from-yesterday", Assert.Single(adapter.Cancelled).ClientOrderId.Value);
        Assert.Equal(["left-from-yesterday"], Assert.Single(published.OfType<KillSwitchActivated>()).CancelledOrders.Select(id => id.Value));
        Assert.Equal("new", published.OfType<OrderRejected>().Single().ClientOrderId.Value);
        Assert.Single(adapter.Submitted);
    }

    [Fact]
    public async Task ForwardEventsAsync_HedgeFill_MovesTheGatesCommittedPremium()
    {
        Create();
        var hedge = Orders.Hedge("l1", "L1", quantity: 4, limit: 2.00m);
        var forwarding = sut.ForwardEventsAsync(CancellationToken.None);
        await channels.Commands.Writer.WriteAsync(hedge);
        channels.Commands.Writer.Complete();
        await sut.RunAsync(CancellationToken.None);
        var reserved = gate.CommittedHedgePremiumDollars;

        await adapter.FillAsync(hedge.ClientOrderId, 1.25m);
        channels.Events.Writer.Complete();
        await forwarding;

        Assert.Equal(800m, reserved);
        Assert.Equal(500m, gate.CommittedHedgePremiumDollars);
        Assert.IsType<OrderFilled>(published[^1]);
    }

    private void Create(ExecutionOptions? options = null, string account = ExecutionAccounts.Paper, bool paper = true)
    {
        options ??= new ExecutionOptions();
        channels = new ExecutionChannels(options);
        adapter = new RecordingExecutionAdapter(channels.Events.Writer, time, account, paper);
        gate = new ExecutionSafetyGate(options, time);
        sut = new ExecutionPump(channels, adapter, gate, (executionEvent, _) =>
        {
            published.Add(executionEvent);
            return ValueTask.CompletedTask;
        }, time, NullLogger<ExecutionPump>.Instance);
    }

    /// <summary>Queues the commands, runs the pump to completion, then drains the event forwarder.</summary>
    private async Task RunAsync(params ExecutionCommand[] commands)
    {
        foreach (var command in commands)
        {
            await channels.Commands.Writer.WriteAsync(command);
        }

        channels.Commands.Writer.Complete();
        var forwarding = sut.ForwardEventsAsync(CancellationToken.None);
        await sut.RunAsync(CancellationToken.None);
        channels.Events.Writer.Complete();
        await forwarding;
    }
}
