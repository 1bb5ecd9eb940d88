using NodaTime;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Rules.Conditions;
using VixShield.Live.Rules.Hedging;
using static VixShield.Live.Rules.Tests.Hedging.AlvhTestBed;

namespace VixShield.Live.Rules.Tests.Hedging;

/// <summary>Layer triggers and layer order, with the shipped signal-layers preset.</summary>
public sealed partial class AlvhEngineTests
{
    public static TheoryData<double, double, double, bool> FirstLayerIntradayCases => new()
    {
        { -0.6, 25, 0.6, true },
        { -0.6, 75, 0.6, true },
        { -0.5, 71, 0.5, true },
        { 0.6, 75, 0.6, true },
        { -0.6, 50, 0.6, false },
        { -0.6, 30, 0.6, false },
        { -0.4, 25, 0.4, false },
        { 0.4, 80, 0.4, false },
    };

    [Theory]
    [MemberData(nameof(FirstLayerIntradayCases))]
    public void Evaluate_FirstLayerIntraday_OpensWhenMoveAgainstCondorAndRsiStretched(double spxSigmas, double rsi, double expectedMoveSigma, bool opens)
    {
        var sut = Engine(Shipped("signal-layers"));

        var decisions = Step(sut, At(10, 0), Signals(rsi5m: rsi), Market(spx: 5750m + (decimal)(spxSigmas * 50.0)), Condor());

        Assert.Equal(expectedMoveSigma, sut.Signals[(int)HedgeSignal.MoveSigma], precision: 12);
        if (!opens)
        {
            Assert.Empty(decisions);
            return;
        }

        var opened = Assert.IsType<HedgeLayerOpened>(Assert.Single(decisions));
        Assert.Equal("L1", opened.LayerId);
        Assert.Equal(OrderSide.Buy, opened.Order.Side);
        Assert.Equal(OrderPurpose.HedgeOpen, opened.Order.Purpose);
        Assert.Equal(InstrumentKind.VixOption, opened.Order.Instrument.Kind);
        Assert.StartsWith("L1 (temporal theta anchor) opened: condition `(move_sigma >= 0.5 && (rsi5m > 70 || rsi5m < 30))", opened.Reason, StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($"rsi5m={rsi}"), opened.Reason, StringComparison.Ordinal);
        Assert.Contains(opened.Values, value => value.Name == "move_sigma" && Math.Abs(value.Number - expectedMoveSigma) < 1e-12);
    }

    [Theory]
    [InlineData(true, 10, true)]
    [InlineData(true, 14, true)]
    [InlineData(true, 9, false)]
    [InlineData(false, 15, false)]
    public void Evaluate_FirstLayerDeferred_OpensOnMacdBearishAndTenDivergenceDays(bool macdBearish, int divergenceDays, bool opens)
    {
        var sut = Engine(Shipped("signal-layers"));

        var decisions = Step(sut, At(10, 0), Signals(macdBearish: macdBearish, adDivergenceDays: divergenceDays), Market(), Condor());

        Assert.Equal(opens, decisions.OfType<HedgeLayerOpened>().Any(opened => opened.LayerId == "L1"));
        Assert.Equal(opens ? 1 : 0, decisions.Count);
    }

    [Fact]
    public void Evaluate_WantedWithoutCondor_BlockedOnceAndNothingBought()
    {
        var sut = Engine(Shipped("signal-layers"));

        var first = Step(sut, At(10, 0), Signals(macdBearish: true, adDivergenceDays: 12), Market(), null);
        var second = Step(sut, At(10, 5), Signals(macdBearish: true, adDivergenceDays: 12), Market(), null);

        var blocked = Assert.IsType<HedgeLayerBlocked>(Assert.Single(first));
        Assert.Equal(HedgeBlockCause.NoCondor, blocked.Cause);
        Assert.StartsWith("L1 wanted (condition `", blocked.Reason, StringComparison.Ordinal);
        Assert.Empty(second);
        Assert.Empty(sut.Layers);
    }

    [Fact]
    public void Evaluate_SecondLayerSignalsWithoutFirstLayer_OpensNothing()
    {
        var sut = Engine(Shipped("signal-layers"));

        var decisions = Step(sut, At(10, 0), Signals(vixMacdCrossUp: true), Market(spx: SpxDown(0.3)), Condor());

        Assert.Empty(decisions);
        Assert.Empty(sut.Layers);
    }

    [Fact]
    public void Evaluate_LaterLayerWantedWhileEarlierLayerFlat_WaitsForTheEarlierLayer()
    {
        var sut = Engine(Custom(string.Join(",", Layer("L1", "macd_bearish", 0.2m), Layer("L2", "condor_open", 0.2m))));

        var earlierFlat = Step(sut, At(10, 0), Signals(), Market(), Condor());
        var earlierWanted = Step(sut, At(10, 5), Signals(macdBearish: true), Market(), Condor());

        Assert.Empty(earlierFlat);
        Assert.Equal(["L1", "L2"], earlierWanted.OfType<HedgeLayerOpened>().Select(opened => opened.LayerId));
    }

    [Fact]
    public void Evaluate_EveryLayerTriggeredAtOnce_OpensInLayerOrder()
    {
        var sut = Engine(Shipped("signal-layers"));

        var decisions = Step(sut, At(10, 0), Signals(rsi5m: 25), Market(spx: SpxDown(1.6)), Condor());

        Assert.Equal(["L1", "L2", "L3"], decisions.OfType<HedgeLayerOpened>().Select(opened => opened.LayerId));
        Assert.Equal(["L1", "L2", "L3"], sut.Layers.Select(layer => layer.LayerId));
    }

    /// <summary>Step 1 opens L1 at SPX 0.6 sigma down (or up with RSI 75); step 2's signals and whether L2 opens.</summary>
    public static TheoryData<double, double, double, bool, bool> SecondLayerCases => new()
    {
        { 25, -1.0, 25, false, true },
        { 25, -0.9, 25, false, false },
        { 25, -0.6, 15, false, true },
        { 25, -0.6, 16, false, false },
        { 25, -0.6, 35, false, false },
        { 75, 0.6, 85, false, true },
        { 75, 0.6, 65, false, false },
        { 25, -0.6, 25, true, true },
    };

    [Theory]
    [MemberData(nameof(SecondLayerCases))]
    public void Evaluate_SecondLayer_OpensOnMoveRsiDeteriorationOrVixMacdCrossUp(double rsiAtFirst, double spxSigmas, double rsi, bool vixMacdCrossUp, bool opens)
    {
        var sut = Engine(Shipped("signal-layers"));
        var firstSpx = 5750m + (decimal)(Math.Sign(spxSigmas) * 0.6 * 50.0);
        Assert.Single(Step(sut, At(10, 0), Signals(rsi5m: rsiAtFirst), Market(spx: firstSpx), Condor()).OfType<HedgeLayerOpened>());

        var decisions = Step(sut, At(10, 5), Signals(rsi5m: rsi, vixMacdCrossUp: vixMacdCrossUp), Market(spx: 5750m + (decimal)(spxSigmas * 50.0)), Condor());

        Assert.Equal(opens, decisions.OfType<HedgeLayerOpened>().Any(opened => opened.LayerId == "L2"));
        Assert.Equal(Math.Abs(rsi - 50) - Math.Abs(rsiAtFirst - 50), sut.Signals[(int)HedgeSignal.RsiFiveMinuteChangeSinceFirstLayer], precision: 12);
    }

    [Theory]
    [InlineData(-1.5, 20.0, true)]
    [InlineData(-1.4, 20.0, false)]
    [InlineData(-1.1, 23.2, true)]
    [InlineData(-1.1, 22.8, false)]
    public void Evaluate_ThirdLayer_OpensOnOneAndAHalfSigmaOrBackwardation(double spxSigmas, double vix, bool opens)
    {
        var sut = Engine(Shipped("signal-layers"));
        var firstStep = Step(sut, At(10, 0), Signals(rsi5m: 25), Market(spx: SpxDown(1.1)), Condor());
        Assert.Equal(["L1", "L2"], firstStep.OfType<HedgeLayerOpened>().Select(opened => opened.LayerId));

        var decisions = Step(sut, At(10, 5), Signals(rsi5m: 25), Market(spx: 5750m + (decimal)(spxSigmas * 50.0), vix: (decimal)vix), Condor());

        Assert.Equal(opens, decisions.OfType<HedgeLayerOpened>().Any(opened => opened.LayerId == "L3"));
    }

    [Fact]
    public void Evaluate_OpenLayer_IsNotBoughtTwice()
    {
        var sut = Engine(Shipped("signal-layers"));
        Step(sut, At(10, 0), Signals(rsi5m: 25), Market(spx: SpxDown(0.6)), Condor());

        var decisions = Step(sut, At(10, 5), Signals(rsi5m: 22), Market(spx: SpxDown(0.7)), Condor());

        Assert.DoesNotContain(decisions, decision => decision is HedgeLayerOpened);
        Assert.Single(sut.Layers);
    }

    [Fact]
    public void Evaluate_TimeGoesBackwards_Throws()
    {
        var sut = Engine(Shipped("signal-layers"));
        Step(sut, At(10, 5), Signals(), Market(), Condor());

        var error = Assert.Throws<ArgumentException>(() => sut.Evaluate(At(10, 0), Signals(), Market(), Condor()));

        Assert.Contains("earlier than the previous one", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 5750)]
    [InlineData(20, 0)]
    public void Evaluate_MissingLevels_Throws(double vix, double spx)
    {
        var sut = Engine(Shipped("signal-layers"));

        Assert.Throws<ArgumentOutOfRangeException>(() => sut.Evaluate(At(10, 0), Signals(), Market(spx: (decimal)spx, vix: (decimal)vix), Condor()));
    }

    [Fact]
    public void Evaluate_CondorWithoutSigma_Throws()
    {
        var sut = Engine(Shipped("signal-layers"));

        Assert.Throws<ArgumentOutOfRangeException>(() => sut.Evaluate(At(10, 0), Signals(), Market(), Condor(sigma: 0)));
    }

    [Fact]
    public void Decision_ToAlertAndSubmitOrder_CarryTheDecision()
    {
        var sut = Engine(Shipped("signal-layers"));
        var opened = Step(sut, At(10, 0), Signals(rsi5m: 25), Market(spx: SpxDown(0.6)), Condor()).OfType<HedgeLayerOpened>().Single();

        var alert = opened.ToAlert(sequence: 42);
        var order = opened.Order.ToSubmitOrder();

        Assert.Equal(42, alert.Sequence);
        Assert.Equal("hedge.layer.opened", alert.Type);
        Assert.Equal(opened.Reason, alert.Reason);
        Assert.Equal(opened.Values, alert.Values);
        Assert.Equal(opened.Order.Instrument.ToString(), alert.Instrument);
        Assert.Equal(At(10, 0), alert.EventTime);
        Assert.Equal("alvh-L1-open-20260303T150000Z-1", order.ClientOrderId.Value);
        Assert.Equal(OrderPurpose.HedgeOpen, order.Purpose);
        Assert.Equal(PriceEffect.Debit, order.Effect);
        Assert.Equal("L1", order.LayerId);
        Assert.Equal(opened.Order.Contracts, order.Quantity);
        Assert.Equal(opened.Order.LimitPrice, order.LimitPrice);
        Assert.Equal(opened.Order.LimitDollars, order.MaximumDebitDollars);
    }

    private static Instant Day(int month, int day, int hour = 10, int minute = 0) => At(hour, minute, day, month);
}
