using System.Threading.Channels;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Engine.Execution;
using VixShield.Live.Testing;
using VixShield.Live.Testing.Execution;

namespace VixShield.Live.Engine.Tests.Execution;

public class ExecutionSafetyGateTests
{
    private readonly ManualTimeProvider time = new(Some.NewYork(2026, 3, 2, 11, 0));
    private readonly Channel<ExecutionEvent> events = Channel.CreateUnbounded<ExecutionEvent>();

    [Fact]
    public void TryApprove_PaperAccountWithinEveryLimit_Approved()
    {
        var sut = Gate();

        Assert.True(sut.TryApprove(Orders.Call("a"), Adapter(), out var refusal));
        Assert.Null(refusal);
    }

    [Fact]
    public void TryApprove_LiveAccountWithoutPermission_RefusedNamingTheSettingAndAccount()
    {
        var sut = Gate();

        Assert.False(sut.TryApprove(Orders.Call("a"), Adapter("U1234567", paper: false), out var refusal));

        Assert.Equal(SafetyLimit.LiveAccount, refusal.Limit);
        Assert.Contains("Execution:AllowLiveAccount is false", refusal.Reason, StringComparison.Ordinal);
        Assert.Contains("U1234567", refusal.Reason, StringComparison.Ordinal);
        Assert.Contains(AlertValue.Of("limit", "LiveAccount"), refusal.Values);
        Assert.Contains(AlertValue.Of("account", "U1234567"), refusal.Values);
    }

    [Fact]
    public void TryApprove_LiveAccountWithPermission_Approved()
    {
        var sut = Gate(new ExecutionOptions { AllowLiveAccount = true });

        Assert.True(sut.TryApprove(Orders.Call("a"), Adapter("U1234567", paper: false), out _));
    }

    [Fact]
    public void TryApprove_BrokerAccountNumberCalledPaperWithoutTheDuPrefix_StillRefused()
    {
        var sut = Gate();

        Assert.False(sut.TryApprove(Orders.Call("a"), Adapter("U1234567", paper: true), out var refusal));
        Assert.Equal(SafetyLimit.LiveAccount, refusal.Limit);
    }

    [Fact]
    public void TryApprove_InteractiveBrokersPaperAccount_Approved()
    {
        var sut = Gate();

        Assert.True(sut.TryApprove(Orders.Call("a"), Adapter("DU1234567", paper: true), out _));
    }

    [Fact]
    public void TryApprove_WhilePaused_RefusedWithThePauseReasonUntilResumed()
    {
        var sut = Gate();
        sut.Pause("operator maintenance");

        var paused = sut.TryApprove(Orders.Call("a"), Adapter(), out var refusal);
        sut.Resume();

        Assert.False(paused);
        Assert.Equal(SafetyLimit.Paused, refusal!.Limit);
        Assert.Contains("paused (operator maintenance)", refusal.Reason, StringComparison.Ordinal);
        Assert.True(sut.TryApprove(Orders.Call("b"), Adapter(), out _));
    }

    [Fact]
    public void TryApprove_AfterTheKillSwitch_RefusesEveryOrderKeepingTheFirstReason()
    {
        var sut = Gate();
        Assert.True(sut.TryApprove(Orders.Call("before"), Adapter(), out _));

        sut.ActivateKillSwitch("drawdown alarm");
        sut.ActivateKillSwitch("second press");

        Assert.False(sut.TryApprove(Orders.Call("after"), Adapter(), out var refusal));
        Assert.Equal(SafetyLimit.KillSwitch, refusal.Limit);
        Assert.Contains("kill switch is on (drawdown alarm)", refusal.Reason, StringComparison.Ordinal);
        Assert.Equal("drawdown alarm", sut.KillSwitchReason);
    }

    [Fact]
    public void TryApprove_KillSwitchInConfiguration_RefusesFromTheStart()
    {
        var sut = Gate(new ExecutionOptions { KillSwitch = true });

        Assert.False(sut.TryApprove(Orders.Call("a"), Adapter(), out var refusal));
        Assert.Equal(SafetyLimit.KillSwitch, refusal.Limit);
        Assert.Contains("Execution:KillSwitch", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TryApprove_MoreOrdersThanTheMinuteAllows_RefusedUntilTheWindowMoves()
    {
        var sut = Gate(new ExecutionOptions { MaxOrdersPerMinute = 3 });
        var adapter = Adapter();
        for (var i = 0; i < 3; i++)
        {
            Assert.True(sut.TryApprove(Orders.Call("ok" + i), adapter, out _));
            time.Advance(TimeSpan.FromSeconds(10));
        }

        Assert.False(sut.TryApprove(Orders.Call("fourth"), adapter, out var refusal));
        time.Advance(TimeSpan.FromSeconds(29));
        var stillInWindow = sut.TryApprove(Orders.Call("at-59s"), adapter, out _);
        time.Advance(TimeSpan.FromSeconds(1));
        var windowMoved = sut.TryApprove(Orders.Call("at-60s"), adapter, out _);

        Assert.Equal(SafetyLimit.OrderRate, refusal.Limit);
        Assert.Contains("Execution:MaxOrdersPerMinute is 3", refusal.Reason, StringComparison.Ordinal);
        Assert.Contains(AlertValue.Of("allowed", 3L), refusal.Values);
        Assert.Contains(AlertValue.Of("actual", 4L), refusal.Values);
        Assert.False(stillInWindow);
        Assert.True(windowMoved);
    }

    [Fact]
    public void TryApprove_LegOverTheContractLimit_RefusedNamingBothNumbers()
    {
        var sut = Gate(new ExecutionOptions { MaxContractsPerOrder = 20 });
        var ratioTwo = new SubmitOrder(ClientOrderId.From("ratio"), [new OrderLeg(Orders.VixCall, OrderSide.Buy, 2)], 11, 1m, PriceEffect.Debit);

        Assert.True(sut.TryApprove(Orders.Call("twenty", quantity: 20), Adapter(), out _));
        Assert.False(sut.TryApprove(Orders.Call("twenty-one", quantity: 21), Adapter(), out var refusal));
        Assert.False(sut.TryApprove(ratioTwo, Adapter(), out var ratioRefusal));

        Assert.Equal(SafetyLimit.OrderSize, refusal.Limit);
        Assert.Contains("21 contracts on one leg; Execution:MaxContractsPerOrder is 20", refusal.Reason, StringComparison.Ordinal);
        Assert.Contains(AlertValue.Of("actual", 22L), ratioRefusal.Values);
    }

    [Fact]
    public void TryApprove_TooManyShares_RefusedByTheShareLimit()
    {
        var sut = Gate(new ExecutionOptions { MaxSharesPerOrder = 1_000 });
        var shares = SubmitOrder.Single(ClientOrderId.From("vxx"), Instrument.ExchangeTradedProduct("VXX"), OrderSide.Buy, 1_001, 30m);

        Assert.False(sut.TryApprove(shares, Adapter(), out var refusal));
        Assert.Equal(SafetyLimit.OrderSize, refusal.Limit);
        Assert.Contains("Execution:MaxSharesPerOrder is 1000", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TryApprove_FourthHedgeLayer_RefusedWhileAddingToAnOpenLayerPasses()
    {
        var sut = Gate();
        foreach (var layer in new[] { "L1", "L2", "L3" })
        {
            Assert.True(sut.TryApprove(Orders.Hedge("open-" + layer, layer), Adapter(), out _));
        }

        Assert.False(sut.TryApprove(Orders.Hedge("open-L4", "L4"), Adapter(), out var refusal));
        Assert.True(sut.TryApprove(Orders.Hedge("add-L1", "L1"), Adapter(), out _));

        Assert.Equal(SafetyLimit.OpenLayers, refusal.Limit);
        Assert.Contains("layer L4 would be open layer 4 (open: L1, L2, L3); Execution:MaxOpenLayers is 3", refusal.Reason, StringComparison.Ordinal);
        Assert.Equal(["L1", "L2", "L3"], sut.OpenLayers);
    }

    [Fact]
    public void Observe_RejectedOrCancelledHedgeOrders_FreeTheirLayers()
    {
        var sut = Gate();
        var l2 = Orders.Hedge("open-L2", "L2");
        var l3 = Orders.Hedge("open-L3", "L3");
        sut.TryApprove(Orders.Hedge("open-L1", "L1"), Adapter(), out _);
        sut.TryApprove(l2, Adapter(), out _);
        sut.TryApprove(l3, Adapter(), out _);

        sut.Observe(new OrderRejected(l3.ClientOrderId, "PAPER", time.GetCurrentInstant(), l3, RejectionSource.Venue, "no", []));
        sut.OnAcknowledged(l2, OrderAcknowledgement.Rejected(l2.ClientOrderId, "closed", time.GetCurrentInstant()));

        Assert.Equal(["L1"], sut.OpenLayers);
        Assert.True(sut.TryApprove(Orders.Hedge("open-L4", "L4"), Adapter(), out _));
    }

    [Fact]
    public void TryApprove_HedgePremiumOverTheBudget_RefusedUntilFillsShowTheRealCost()
    {
        var sut = Gate(new ExecutionOptions { CapitalDollars = 100_000m, MaxHedgePremiumPercentOfCapital = 3m });
        var first = Orders.Hedge("l1", "L1", quantity: 10, limit: 2.00m);
        var second = Orders.Hedge("l2", "L2", quantity: 10, limit: 1.50m);
        Assert.True(sut.TryApprove(first, Adapter(), out _));

        Assert.False(sut.TryApprove(second, Adapter(), out var refusal));
        sut.Observe(Orders.Filled(first, 10, 1.20m, remaining: 0, time.GetCurrentInstant()));
        var afterFill = sut.CommittedHedgePremiumDollars;

        Assert.Equal(SafetyLimit.HedgePremium, refusal.Limit);
        Assert.Contains("would reach $3500", refusal.Reason, StringComparison.Ordinal);
        Assert.Contains("allows $3000", refusal.Reason, StringComparison.Ordinal);
        Assert.Contains(AlertValue.Of("allowed", 3000m), refusal.Values);
        Assert.Contains(AlertValue.Of("actual", 3500m), refusal.Values);
        Assert.Equal(1200m, afterFill);
        Assert.True(sut.TryApprove(second, Adapter(), out _));
        Assert.Equal(2700m, sut.CommittedHedgePremiumDollars);
    }

    [Fact]
    public void Observe_HedgeCloseFills_ReleasePremiumInProportionAndCloseTheLayer()
    {
        var sut = Gate();
        var open = Orders.Hedge("open", "L1", quantity: 10, limit: 2.00m);
        var half = Orders.CloseHedge("half", "L1", quantity: 5);
        var rest = Orders.CloseHedge("rest", "L1", quantity: 5);
        sut.TryApprove(open, Adapter(), out _);
        sut.Observe(Orders.Filled(open, 10, 1.20m, remaining: 0, time.GetCurrentInstant()));

        sut.TryApprove(half, Adapter(), out _);
        sut.Observe(Orders.Filled(half, 5, 2.40m, remaining: 0, time.GetCurrentInstant()));
        var afterHalf = (sut.CommittedHedgePremiumDollars, sut.OpenLayers.Count);
        sut.TryApprove(rest, Adapter(), out _);
        sut.Observe(Orders.Filled(rest, 5, 1.00m, remaining: 0, time.GetCurrentInstant()));

        Assert.Equal((600m, 1), afterHalf);
        Assert.Equal(0m, sut.CommittedHedgePremiumDollars);
        Assert.Empty(sut.OpenLayers);
    }

    [Fact]
    public void Observe_HedgeContractSettled_ClosesTheLayer()
    {
        var sut = Gate();
        var open = Orders.Hedge("open", "L1", quantity: 2, limit: 2.00m);
        sut.TryApprove(open, Adapter(), out _);
        sut.Observe(Orders.Filled(open, 2, 1.50m, remaining: 0, time.GetCurrentInstant()));

        sut.Observe(new PositionSettled("PAPER", time.GetCurrentInstant(), Orders.VixCall, 2, 25m, 3m, 600m, 300m));

        Assert.Empty(sut.OpenLayers);
        Assert.Equal(0m, sut.CommittedHedgePremiumDollars);
    }

    [Fact]
    public void TryApprove_HedgeMarketOrder_RefusedBecauseItsPremiumIsUnbounded()
    {
        var sut = Gate();

        Assert.False(sut.TryApprove(Orders.Hedge("market", "L1", limit: null), Adapter(), out var refusal));
        Assert.Equal(SafetyLimit.HedgePremium, refusal.Limit);
        Assert.Contains("needs a limit price", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TryApprove_ResubmissionOfAnOrderInFlight_DoesNotCountAgainstTheRate()
    {
        var sut = Gate(new ExecutionOptions { MaxOrdersPerMinute = 1 });
        var order = Orders.Call("once");

        Assert.True(sut.TryApprove(order, Adapter(), out _));
        Assert.True(sut.TryApprove(order, Adapter(), out _));
        Assert.False(sut.TryApprove(Orders.Call("other"), Adapter(), out var refusal));
        Assert.Equal(SafetyLimit.OrderRate, refusal.Limit);
    }

    [Fact]
    public void OnAcknowledged_DuplicateOfAnOrderTheGateDidNotKnow_ReleasesItsReservation()
    {
        var sut = Gate();
        var hedge = Orders.Hedge("known-to-broker", "L1", quantity: 5, limit: 2m);
        sut.TryApprove(hedge, Adapter(), out _);
        var reserved = sut.CommittedHedgePremiumDollars;

        sut.OnAcknowledged(hedge, OrderAcknowledgement.Duplicate(hedge.ClientOrderId, "already sent", time.GetCurrentInstant()));

        Assert.Equal(1000m, reserved);
        Assert.Equal(0m, sut.CommittedHedgePremiumDollars);
        Assert.Empty(sut.OpenLayers);
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsNamingKeyValueAndRange()
    {
        var error = Assert.Throws<ArgumentException>(() => Gate(new ExecutionOptions { MaxOrdersPerMinute = 0 }));

        Assert.Contains("Execution:MaxOrdersPerMinute is '0'; allowed: a whole number from 1 to 1000", error.Message, StringComparison.Ordinal);
    }

    private ExecutionSafetyGate Gate(ExecutionOptions? options = null) => new(options ?? new ExecutionOptions(), time);

    private RecordingExecutionAdapter Adapter(string account = ExecutionAccounts.Paper, bool paper = true) => new(events.Writer, time, account, paper);
}
