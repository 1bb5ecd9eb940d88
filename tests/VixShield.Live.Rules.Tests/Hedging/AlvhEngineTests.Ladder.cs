using NodaTime;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Rules.Hedging;
using static VixShield.Live.Rules.Tests.Hedging.AlvhTestBed;

namespace VixShield.Live.Rules.Tests.Hedging;

/// <summary>Preset B: the standing 4/4/2 ladder, bought with the condor, scaled by the scalar, rolled by DTE band.</summary>
public sealed partial class AlvhEngineTests
{
    [Fact]
    public void Evaluate_LadderWithCondor_BuysTheThreeBucketsInOrderAtTheirDte()
    {
        var sut = Engine(Shipped("ladder-442"));

        var opened = Step(sut, At(15, 31), Signals(), Market(), Condor()).OfType<HedgeLayerOpened>().ToList();

        Assert.Equal(["L1", "L2", "L3"], opened.Select(decision => decision.LayerId));
        Assert.InRange(opened[0].DaysToExpiry, 20, 55);
        Assert.InRange(opened[1].DaysToExpiry, 95, 130);
        Assert.InRange(opened[2].DaysToExpiry, 200, 235);
        var expectedScalar = 0.5 + (0.3 * Math.Clamp(((20.0 / 22.0) - 0.9) / 0.2, 0, 1));
        Assert.Equal(
            [(int)Math.Floor(4 * expectedScalar), (int)Math.Floor(4 * expectedScalar), Math.Max((int)Math.Floor(2 * expectedScalar), 1)],
            opened.Select(decision => decision.Order.Contracts));
        Assert.All(opened, decision => Assert.Equal(OptionRight.Call, decision.Order.Instrument.Right));
    }

    [Fact]
    public void Evaluate_LadderHeld_IsNotBoughtAgain()
    {
        var sut = Engine(Shipped("ladder-442"));
        Step(sut, At(15, 31), Signals(), Market(), Condor());

        var decisions = Step(sut, At(15, 45), Signals(rsi5m: 52), Market(spx: 5755m), Condor());

        Assert.Empty(decisions);
        Assert.Equal(3, sut.Layers.Count);
    }

    [Fact]
    public void Evaluate_LadderWithoutCondor_WaitsForOne()
    {
        var sut = Engine(Shipped("ladder-442"));

        var withoutCondor = Step(sut, At(10, 0), Signals(), Market(), null);
        var withCondor = Step(sut, At(15, 31), Signals(), Market(), Condor());

        Assert.Empty(withoutCondor);
        Assert.Equal(3, withCondor.OfType<HedgeLayerOpened>().Count());
    }

    [Fact]
    public void Evaluate_FrontBucketAgesOutOfItsBand_RollsToTheNextExpiry()
    {
        var sut = Engine(Shipped("ladder-442"));
        var front = Step(sut, At(15, 31), Signals(), Market(), Condor()).OfType<HedgeLayerOpened>().First();
        Assert.Equal(new LocalDate(2026, 4, 15), front.Order.Instrument.Expiry);
        var nextCondor = Condor(entry: Day(4, 13, 15, 30), expiry: new LocalDate(2026, 4, 14));

        var twoDays = Step(sut, Day(4, 13, 15, 31), Signals(), Market(), nextCondor);
        var oneDay = Step(sut, Day(4, 14, 10, 0), Signals(), Market(), nextCondor);

        Assert.Empty(twoDays);
        var rolled = oneDay.OfType<HedgeLayerRolled>().Single();
        Assert.Equal("L1", rolled.LayerId);
        Assert.Equal(front.Order.Instrument, rolled.CloseOrder.Instrument);
        Assert.Equal(OrderSide.Sell, rolled.CloseOrder.Side);
        Assert.Equal(front.Order.Contracts, rolled.CloseOrder.Contracts);
        Assert.Equal(OrderSide.Buy, rolled.OpenOrder.Side);
        Assert.Equal(new LocalDate(2026, 5, 19), rolled.OpenOrder.Instrument.Expiry);
        Assert.Equal([rolled.CloseOrder, rolled.OpenOrder], rolled.Orders);
        Assert.Contains("1 days to expiry is below the layer's roll threshold of 2", rolled.Reason, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2026, 5, 19), sut.Layers.Single(layer => layer.LayerId == "L1").Instrument.Expiry);
        Assert.Equal(3, sut.Layers.Count);
    }

    [Fact]
    public void Evaluate_LadderScalarRisesThenFalls_ResizesTheFrontBucket()
    {
        var sut = Engine(Shipped("ladder-442"));
        Step(sut, At(15, 31), Signals(), Market(), Condor());
        Assert.Equal(2, sut.Layers[0].Contracts);

        var stressed = Step(sut, At(15, 40), Signals(rsi5m: 0, rsiDaily: 0), Market(), Condor());
        var calm = Step(sut, At(15, 50), Signals(), Market(), Condor());

        var up = stressed.OfType<HedgeLayerResized>().First();
        Assert.Equal(("L1", 2, 4), (up.LayerId, up.PreviousContracts, up.Contracts));
        Assert.Equal((OrderSide.Buy, 2), (up.Order.Side, up.Order.Contracts));
        Assert.Contains("L1 (front bucket (4)) resized from 2 to 4 contracts: the scalar moved to 1.014", up.Reason, StringComparison.Ordinal);
        var down = calm.OfType<HedgeLayerResized>().First();
        Assert.Equal(("L1", 4, 2), (down.LayerId, down.PreviousContracts, down.Contracts));
        Assert.Equal((OrderSide.Sell, 2), (down.Order.Side, down.Order.Contracts));
        Assert.Equal(2, sut.Layers[0].Contracts);
    }

    [Fact]
    public void Evaluate_SignalLayersScalarChanges_DoNotResize()
    {
        var sut = Engine(Shipped("signal-layers"));
        Step(sut, At(10, 0), Signals(rsi5m: 25), Market(spx: SpxDown(0.6)), Condor());

        var decisions = Step(sut, At(10, 5), Signals(rsi5m: 0), Market(spx: SpxDown(0.6)), Condor());

        Assert.DoesNotContain(decisions, decision => decision is HedgeLayerResized);
    }
}
