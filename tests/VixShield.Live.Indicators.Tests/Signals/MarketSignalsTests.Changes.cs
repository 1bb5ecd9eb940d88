using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Indicators.Momentum;
using VixShield.Live.Indicators.Signals;
using VixShield.Live.Indicators.Tests.Support;

namespace VixShield.Live.Indicators.Tests.Signals;

public sealed partial class MarketSignalsTests
{
    [Fact]
    public void OnBar_SpxRallyThenDrop_QueuesExactlyOneMacdBearishOnAtTheCrossDown()
    {
        var sut = new MarketSignals();
        var closes = RallyThenDrop();
        var bars = Some.DailySeries(MarketSymbol.Spx, closes);
        var crossDay = FirstNegativeHistogramDay(closes);

        foreach (var bar in bars)
        {
            sut.OnBar(bar);
        }

        var change = Assert.Single(Drain(sut));
        Assert.Equal(SignalKind.MacdBearish, change.Kind);
        Assert.True(change.Active);
        Assert.Equal(bars[crossDay].End, change.Time);
        Assert.Contains("below zero after a cross down", change.Reason, StringComparison.Ordinal);
        Assert.Contains(change.Values, value => value.Name == "histogram" && value.Number < 0);
        Assert.True(sut.Snapshot.IsMacdBearish);
    }

    [Fact]
    public void OnBar_SpxRecoversAfterDrop_QueuesMacdBearishOff()
    {
        var sut = new MarketSignals();
        var closes = RallyThenDrop();
        var last = closes[^1];
        for (var i = 1; i <= 15; i++)
        {
            closes.Add(last * Math.Pow(1.03, i));
        }

        foreach (var bar in Some.DailySeries(MarketSymbol.Spx, closes))
        {
            sut.OnBar(bar);
        }

        var changes = Drain(sut).Where(c => c.Kind == SignalKind.MacdBearish).ToList();
        Assert.Equal(2, changes.Count);
        Assert.True(changes[0].Active);
        Assert.False(changes[1].Active);
        Assert.Contains("off", changes[1].Reason, StringComparison.Ordinal);
        Assert.False(sut.Snapshot.IsMacdBearish);
    }

    [Fact]
    public void OnBar_SpxAtHighWhileAdLineFalls_QueuesDivergenceOnWhenDaysReachTen()
    {
        var sut = new MarketSignals();
        var spx = new List<Bar>();

        for (var day = 0; day < 32; day++)
        {
            spx.Add(Some.Daily(MarketSymbol.Spx, day, 100));
            FeedBreadthDay(sut, day, advancing: 1000, declining: 1500, declineFirst: day % 2 == 0);
            sut.OnBar(spx[^1]);
        }

        var change = Assert.Single(Drain(sut));
        // lookback 20: the count starts on day 19 (the 20th day) and reaches 10 on day 28
        Assert.Equal(SignalKind.AdvanceDeclineDivergence, change.Kind);
        Assert.True(change.Active);
        Assert.Equal(spx[28].End, change.Time);
        Assert.Contains("10 consecutive days", change.Reason, StringComparison.Ordinal);
        Assert.Equal(13, sut.Snapshot.AdvanceDeclineDivergenceDays);
        Assert.Equal(32 * -500.0, sut.Snapshot.AdvanceDeclineLine);
    }

    [Fact]
    public void OnBar_BreadthNewHighEndsDivergence_QueuesOffNamingTheRunLength()
    {
        var sut = new MarketSignals();
        for (var day = 0; day < 30; day++)
        {
            FeedBreadthDay(sut, day, advancing: 1000, declining: 1500, declineFirst: false);
            sut.OnBar(Some.Daily(MarketSymbol.Spx, day, 100));
        }

        FeedBreadthDay(sut, 30, advancing: 20000, declining: 100, declineFirst: false);
        sut.OnBar(Some.Daily(MarketSymbol.Spx, 30, 100));

        var changes = Drain(sut);
        Assert.Equal([true, false], changes.Select(c => c.Active));
        Assert.Contains("after 11 days", changes[1].Reason, StringComparison.Ordinal);
        Assert.Equal(0, sut.Snapshot.AdvanceDeclineDivergenceDays);
        Assert.False(sut.Snapshot.IsAdvanceDeclineDivergence);
    }

    [Fact]
    public void OnBar_AdvancingWithoutDecliningThatDay_SkipsTheDay()
    {
        var sut = new MarketSignals();

        FeedBreadthDay(sut, 0, 2000, 1000, declineFirst: false);
        sut.OnBar(Some.Daily(MarketSymbol.NyseAdvancing, 1, 3000));
        FeedBreadthDay(sut, 2, 1500, 1000, declineFirst: true);

        Assert.Equal(1000.0 + 500.0, sut.Snapshot.AdvanceDeclineLine);
        var line = sut.WarmUpReport().Single(entry => entry.Name.Contains("A/D LINE", StringComparison.Ordinal));
        Assert.Equal(2, line.Samples);
    }

    [Fact]
    public void OnPrice_VixAboveVix3m_QueuesInversionOnThenOffBelowRecoveryRatio()
    {
        var sut = new MarketSignals();
        var t = Times.Origin;

        sut.OnPrice(MarketSymbol.Vix3m, 21, t);
        sut.OnPrice(MarketSymbol.Vix, 20, t);
        sut.OnPrice(MarketSymbol.Vix, 22, t + NodaTime.Duration.FromSeconds(15));
        sut.OnPrice(MarketSymbol.Vix, 20.9, t + NodaTime.Duration.FromSeconds(30));
        var stillInverted = sut.Snapshot.IsTermStructureInverted;
        sut.OnPrice(MarketSymbol.Vix, 20.5, t + NodaTime.Duration.FromSeconds(45));

        // 20/21 = 0.952 (no change); 22/21 = 1.048 > 1.0 (on); 20.9/21 = 0.995 >= 0.99 (hysteresis: still on);
        // 20.5/21 = 0.976 < 0.99 (off)
        var changes = Drain(sut);
        Assert.All(changes, c => Assert.Equal(SignalKind.TermStructureInversion, c.Kind));
        Assert.Equal([true, false], changes.Select(c => c.Active));
        Assert.True(stillInverted);
        Assert.Equal(t + NodaTime.Duration.FromSeconds(15), changes[0].Time);
        Assert.Contains("1.0476", changes[0].Reason, StringComparison.Ordinal);
        Assert.Contains(changes[0].Values, v => v.Name == "ratio" && v.Number == 22.0 / 21.0);
    }

    [Fact]
    public void OnBar_VixFallsThenRises_QueuesOneVixMacdCrossUpAtTheCross()
    {
        var sut = new MarketSignals();
        var closes = new List<double>();
        for (var i = 0; i < 50; i++)
        {
            closes.Add(30 - (0.008 * i * i));
        }

        for (var i = 1; i <= 10; i++)
        {
            closes.Add(closes[49] * Math.Pow(1.05, i));
        }

        var bars = Some.DailySeries(MarketSymbol.Vix, closes);
        var macd = new MovingAverageConvergenceDivergence();
        var crossDay = -1;
        for (var i = 0; i < bars.Length; i++)
        {
            macd.Update(bars[i]);
            if (crossDay < 0 && i >= 34 && macd.Histogram > 0)
            {
                crossDay = i;
            }

            sut.OnBar(bars[i]);
        }

        var change = Assert.Single(Drain(sut));
        Assert.Equal(SignalKind.VixMacdCrossUp, change.Kind);
        Assert.True(change.Active);
        Assert.Equal(bars[crossDay].End, change.Time);
        Assert.True(sut.Snapshot.IsVixMacdCrossUp);
    }

    [Fact]
    public void OnBar_RealHistory_ChangesMatchTheStandaloneSignalsTransitions()
    {
        var sut = new MarketSignals();
        var weekly = VixShield.Live.Indicators.Bars.WeeklyBars.FromDaily(Series.SpxDaily);
        var events = Series.SpxDaily.Concat(Series.VixDaily).Concat(weekly)
            .OrderBy(bar => bar.End).ThenBy(bar => bar.Period).ThenBy(bar => bar.Symbol).ToList();
        var bearish = new MacdBearish();
        var crossUp = new VixMacdCrossUp();
        var warning = new WeeklyMacdWarning();
        var expected = new List<(SignalKind Kind, bool Active, NodaTime.Instant Time)>();
        bool bearishOn = false, crossUpOn = false, warningOn = false;

        foreach (var bar in events)
        {
            sut.OnBar(bar);
            switch (bar.Symbol, bar.Period)
            {
                case (MarketSymbol.Spx, BarPeriod.Daily):
                    bearish.Update(bar);
                    Transition(SignalKind.MacdBearish, bearish.IsActive, ref bearishOn, bar.End);
                    break;
                case (MarketSymbol.Vix, BarPeriod.Daily):
                    crossUp.Update(bar);
                    Transition(SignalKind.VixMacdCrossUp, crossUp.IsReady && crossUp.IsActive, ref crossUpOn, bar.End);
                    break;
                case (MarketSymbol.Spx, BarPeriod.Weekly):
                    warning.Update(bar);
                    Transition(SignalKind.WeeklyMacdWarning, warning.IsActive, ref warningOn, bar.End);
                    break;
            }
        }

        var actual = Drain(sut).Where(c => c.Kind != SignalKind.TermStructureInversion).Select(c => (c.Kind, c.Active, c.Time)).ToList();
        Assert.True(expected.Count > 100, $"real history should produce many transitions, got {expected.Count}");
        Assert.Equal(expected, actual);
        Assert.Equal(0, sut.RejectedInputs);

        void Transition(SignalKind kind, bool active, ref bool on, NodaTime.Instant time)
        {
            if (active != on)
            {
                on = active;
                expected.Add((kind, active, time));
            }
        }
    }

    private static List<double> RallyThenDrop()
    {
        var closes = new List<double>();
        for (var i = 0; i < 100; i++)
        {
            closes.Add(100 * Math.Pow(1.01, i));
        }

        for (var i = 1; i <= 10; i++)
        {
            closes.Add(closes[99] * Math.Pow(0.98, i));
        }

        return closes;
    }

    private static int FirstNegativeHistogramDay(IReadOnlyList<double> closes)
    {
        var macd = new MovingAverageConvergenceDivergence();
        for (var i = 0; i < closes.Count; i++)
        {
            macd.Update(Times.Day(i), closes[i]);
            if (macd.Histogram < 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static void FeedBreadthDay(MarketSignals sut, int day, double advancing, double declining, bool declineFirst)
    {
        var up = Some.Daily(MarketSymbol.NyseAdvancing, day, advancing);
        var down = Some.Daily(MarketSymbol.NyseDeclining, day, declining);
        if (declineFirst)
        {
            sut.OnBar(down);
            sut.OnBar(up);
        }
        else
        {
            sut.OnBar(up);
            sut.OnBar(down);
        }
    }
}
