using VixShield.Live.Domain.Orders;
using VixShield.Live.Rules.Hedging;
using static VixShield.Live.Rules.Tests.Hedging.AlvhTestBed;

namespace VixShield.Live.Rules.Tests.Hedging;

/// <summary>Sell half a layer at 2x its cost; close in-profit layers when the move returns within 0.25 sigma.</summary>
public sealed partial class AlvhEngineTests
{
    [Fact]
    public void Evaluate_MarkReachesTwiceCost_SellsHalfOnce()
    {
        var sut = Engine(Shipped("signal-layers"));
        var opened = Step(sut, At(10, 0), Signals(rsi5m: 25), Market(spx: SpxDown(0.6)), Condor()).OfType<HedgeLayerOpened>().Single();
        var bought = opened.Order.Contracts;

        var spike = Step(sut, At(10, 5), Signals(rsi5m: 25), Market(spx: SpxDown(0.6), vix: 45m, vix3m: 40m, vix6m: 35m), Condor());
        var later = Step(sut, At(10, 10), Signals(rsi5m: 25), Market(spx: SpxDown(0.6), vix: 46m, vix3m: 40m, vix6m: 35m), Condor());

        var monetized = spike.OfType<HedgeLayerMonetized>().Single();
        Assert.True(monetized.Mark >= 2m * monetized.UnitCost, $"mark {monetized.Mark} below twice the cost {monetized.UnitCost}");
        Assert.Equal(opened.Order.LimitPrice, monetized.UnitCost);
        Assert.Equal(bought / 2, monetized.Order.Contracts);
        Assert.Equal(bought - (bought / 2), monetized.ContractsRemaining);
        Assert.Equal(OrderSide.Sell, monetized.Order.Side);
        Assert.Equal(opened.Order.Instrument, monetized.Order.Instrument);
        Assert.Equal(Math.Floor((monetized.Mark - 0.05m) / 0.05m) * 0.05m, monetized.Order.LimitPrice);
        Assert.Contains("L1 (temporal theta anchor) monetized: mark", monetized.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(later, decision => decision is HedgeLayerMonetized);
        Assert.Equal(bought - (bought / 2), sut.Layers.Single().Contracts);
        Assert.True(sut.Layers.Single().IsMonetized);
    }

    [Fact]
    public void Evaluate_OneContractLayerAtTwiceCost_KeepsItsContract()
    {
        var sut = Engine(Custom(Layer("L1", "condor_open", budgetPercent: 0.2m)));
        Assert.Equal(1, Step(sut, At(10, 0), Signals(), Market(), Condor()).OfType<HedgeLayerOpened>().Single().Order.Contracts);

        var spike = Step(sut, At(10, 5), Signals(), Market(vix: 45m, vix3m: 40m, vix6m: 35m), Condor());

        Assert.DoesNotContain(spike, decision => decision is HedgeLayerMonetized);
        Assert.Equal(1, sut.Layers.Single().Contracts);
    }

    [Fact]
    public void Evaluate_MoveReturnsWithinQuarterSigmaInProfit_ClosesTheLayer()
    {
        var sut = Engine(Shipped("signal-layers"));
        var opened = Step(sut, At(10, 0), Signals(rsi5m: 25), Market(spx: SpxDown(0.6)), Condor()).OfType<HedgeLayerOpened>().Single();

        var decisions = Step(sut, At(11, 0), Signals(rsi5m: 45), Market(spx: SpxDown(0.2), vix: 32m, vix3m: 27m, vix6m: 25m), Condor());

        var closed = decisions.OfType<HedgeLayerClosed>().Single();
        Assert.Equal(HedgeLayerCloseCause.MoveReturned, closed.Cause);
        Assert.Equal(opened.Order.Contracts, closed.Order!.Contracts);
        Assert.Equal(OrderSide.Sell, closed.Order.Side);
        Assert.True(closed.Order.LimitPrice > opened.Order.LimitPrice);
        Assert.Equal((closed.Order.LimitPrice - opened.Order.LimitPrice) * closed.Order.Contracts * 100m, closed.RealisedProfitDollars);
        Assert.Contains("the move returned to 0.2 sigma of the condor's entry", closed.Reason, StringComparison.Ordinal);
        Assert.Empty(sut.Layers);
    }

    [Fact]
    public void Evaluate_MoveReturnsButLayerAtALoss_KeepsTheLayer()
    {
        var sut = Engine(Shipped("signal-layers"));
        Step(sut, At(10, 0), Signals(rsi5m: 25), Market(spx: SpxDown(0.6)), Condor());

        var decisions = Step(sut, At(11, 0), Signals(rsi5m: 45), Market(spx: SpxDown(0.1)), Condor());

        Assert.Empty(decisions);
        Assert.Single(sut.Layers);
    }

    [Fact]
    public void Evaluate_InProfitButMoveNeverWentOut_KeepsTheLayer()
    {
        var sut = Engine(Shipped("signal-layers"));
        Step(sut, At(10, 0), Signals(macdBearish: true, adDivergenceDays: 10), Market(spx: SpxDown(0.1)), Condor());

        var decisions = Step(sut, At(11, 0), Signals(macdBearish: true, adDivergenceDays: 10), Market(spx: SpxDown(0.2), vix: 32m, vix3m: 27m, vix6m: 25m), Condor());

        Assert.DoesNotContain(decisions, decision => decision is HedgeLayerClosed);
        Assert.Single(sut.Layers);
    }

    [Fact]
    public void Evaluate_ClosedWhileConditionStillTrue_ReopensOnlyAfterConditionLapses()
    {
        var sut = Engine(Shipped("signal-layers"));
        var deferred = Signals(macdBearish: true, adDivergenceDays: 10);
        var profitable = Market(spx: SpxDown(0.1), vix: 32m, vix3m: 27m, vix6m: 25m);
        Step(sut, At(10, 0), deferred, Market(spx: SpxDown(0.6)), Condor());

        var closing = Step(sut, At(10, 30), deferred, profitable, Condor());
        var stillTrue = Step(sut, At(11, 0), deferred, profitable, Condor());
        var lapsed = Step(sut, At(11, 30), Signals(), profitable, Condor());
        var trueAgain = Step(sut, At(12, 0), deferred, profitable, Condor());

        Assert.Equal(HedgeLayerCloseCause.MoveReturned, closing.OfType<HedgeLayerClosed>().Single().Cause);
        Assert.DoesNotContain(closing, decision => decision is HedgeLayerOpened);
        Assert.Empty(stillTrue);
        Assert.Empty(lapsed);
        Assert.Equal("L1", trueAgain.OfType<HedgeLayerOpened>().Single().LayerId);
    }

    [Fact]
    public void Evaluate_NewCondor_MeasuresTheReturnFromItsOwnEntry()
    {
        var sut = Engine(Shipped("signal-layers"));
        Step(sut, At(10, 0), Signals(rsi5m: 25), Market(spx: SpxDown(0.6)), Condor());
        var next = Condor(entry: At(15, 30, day: 4), expiry: new NodaTime.LocalDate(2026, 3, 5)) with { EntrySpx = SpxDown(0.6) };

        var decisions = Step(sut, At(15, 31, day: 4), Signals(rsi5m: 45), Market(spx: SpxDown(0.6), vix: 32m, vix3m: 27m, vix6m: 25m), next);

        Assert.DoesNotContain(decisions, decision => decision is HedgeLayerClosed);
        Assert.Single(sut.Layers);
    }
}
