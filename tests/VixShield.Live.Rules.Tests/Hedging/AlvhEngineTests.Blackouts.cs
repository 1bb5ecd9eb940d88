using VixShield.Live.Rules.Blackouts;
using VixShield.Live.Rules.Hedging;
using static VixShield.Live.Rules.Tests.Hedging.AlvhTestBed;

namespace VixShield.Live.Rules.Tests.Hedging;

/// <summary>No new layer from the prior close until an FOMC/CPI/PPI release, unless MACD bearish and A/D divergence both triggered.</summary>
public sealed partial class AlvhEngineTests
{
    /// <summary>CPI at 08:30 on Wednesday 2026-03-04: its window runs from the 16:00 close of Tuesday 2026-03-03.</summary>
    private static readonly EconomicCalendar CpiOnMarch4 = EconomicCalendar.Parse(
        ["date,event,time_et,description", "2026-03-04,cpi,08:30,CPI (February 2026)"], "test.csv");

    /// <summary>(day, hour, minute, MACD bearish, A/D divergence days, opens).</summary>
    public static TheoryData<int, int, int, bool, int, bool> BlackoutCases => new()
    {
        { 3, 15, 59, false, 0, true },
        { 3, 16, 0, false, 0, false },
        { 3, 20, 0, false, 0, false },
        { 4, 8, 29, false, 0, false },
        { 4, 8, 30, false, 0, true },
        { 3, 16, 30, true, 10, true },
        { 3, 16, 30, true, 9, false },
        { 3, 16, 30, false, 12, false },
    };

    [Theory]
    [MemberData(nameof(BlackoutCases))]
    public void Evaluate_EventWindow_BlocksNewLayersUnlessBothSignalsTriggered(int day, int hour, int minute, bool macdBearish, int divergenceDays, bool opens)
    {
        var sut = Engine(Shipped("signal-layers"), CpiOnMarch4);

        var decisions = Step(sut, At(hour, minute, day), Signals(rsi5m: 25, macdBearish: macdBearish, adDivergenceDays: divergenceDays), Market(spx: SpxDown(0.6)), Condor());

        var decision = Assert.Single(decisions);
        if (opens)
        {
            Assert.Equal("L1", Assert.IsType<HedgeLayerOpened>(decision).LayerId);
            return;
        }

        var blocked = Assert.IsType<HedgeLayerBlocked>(decision);
        Assert.Equal(HedgeBlockCause.Blackout, blocked.Cause);
        Assert.Equal(EconomicEventKind.Cpi, blocked.Window!.Value.Event.Kind);
        Assert.StartsWith("L1 wanted (condition `", blocked.Reason, StringComparison.Ordinal);
        Assert.Contains("blocked by CPI 08:30 (CPI 2026-03-04 08:30 ET): no new layer from the prior close 2026-03-03 16:00 until the release", blocked.Reason, StringComparison.Ordinal);
        Assert.Contains("the exception `macd_bearish && ad_divergence_days >= 10` is false", blocked.Reason, StringComparison.Ordinal);
        Assert.Empty(sut.Layers);
    }

    [Fact]
    public void Evaluate_StillBlackedOut_ReportsTheBlockOnceThenOpensAtRelease()
    {
        var sut = Engine(Shipped("signal-layers"), CpiOnMarch4);
        var wanted = Signals(rsi5m: 25);
        var market = Market(spx: SpxDown(0.6));

        var first = Step(sut, At(16, 30, day: 3), wanted, market, Condor());
        var again = Step(sut, At(7, 0, day: 4), wanted, market, Condor());
        var released = Step(sut, At(8, 31, day: 4), wanted, market, Condor());

        Assert.IsType<HedgeLayerBlocked>(Assert.Single(first));
        Assert.Empty(again);
        Assert.IsType<HedgeLayerOpened>(Assert.Single(released));
    }

    [Fact]
    public void Evaluate_ConditionLapsesAndReturnsInWindow_ReportsTheBlockAgain()
    {
        var sut = Engine(Shipped("signal-layers"), CpiOnMarch4);

        var first = Step(sut, At(16, 30, day: 3), Signals(rsi5m: 25), Market(spx: SpxDown(0.6)), Condor());
        var lapsed = Step(sut, At(17, 0, day: 3), Signals(rsi5m: 50), Market(spx: SpxDown(0.6)), Condor());
        var back = Step(sut, At(17, 30, day: 3), Signals(rsi5m: 25), Market(spx: SpxDown(0.6)), Condor());

        Assert.IsType<HedgeLayerBlocked>(Assert.Single(first));
        Assert.Empty(lapsed);
        Assert.IsType<HedgeLayerBlocked>(Assert.Single(back));
    }

    [Fact]
    public void Evaluate_RulesetWithoutBlackoutEvents_OpensInsideTheWindow()
    {
        var sut = Engine(Custom(Layer("L1", "condor_open"), blackout: """{ "events": [] }"""), CpiOnMarch4);

        var decisions = Step(sut, At(16, 30, day: 3), Signals(), Market(), Condor());

        Assert.IsType<HedgeLayerOpened>(Assert.Single(decisions));
    }
}
