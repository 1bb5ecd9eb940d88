using NodaTime;
using VixShield.Live.Domain.Condors;
using VixShield.Live.Rules.ShadowStops;

namespace VixShield.Live.Rules.Tests.ShadowStops;

public sealed class ShadowStrategyTests
{
    private static readonly Instant Entry = Instant.FromUtc(2026, 11, 19, 20, 30);

    private static IronCondor Condor(decimal credit = 1.00m) =>
        new(new LocalDate(2026, 11, 20), 5905m, 5910m, 6080m, 6085m, 2, credit);

    private static Instant Minutes(int minutes) => Entry + Duration.FromMinutes(minutes);

    [Fact]
    public void OnMark_LossReachesOneTimesCredit_FiresAtThatMarkWithSlippage()
    {
        var sut = new ShadowStrategy("stop-1x", Condor(), stopMultiple: 1.0m, exitSlippage: 0.10m);

        Assert.False(sut.OnMark(Minutes(1), 1.50m));
        Assert.False(sut.OnMark(Minutes(2), 1.99m));
        Assert.True(sut.OnMark(Minutes(3), 2.00m));

        var fired = Assert.NotNull(sut.Fired);
        Assert.Equal(Minutes(3), fired.Time);
        Assert.Equal(2.10m, fired.ExitPrice);
        Assert.Equal(1.00m, fired.MarkLoss);
        Assert.Equal(-1.10m, sut.ProfitAndLoss);
        Assert.Contains("mark 2.00", fired.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OnMark_AfterStop_IgnoresLaterMarksAndKeepsExitResult()
    {
        var sut = new ShadowStrategy("stop-1x", Condor(), 1.0m, 0.10m);
        sut.OnMark(Minutes(1), 2.20m);

        Assert.False(sut.OnMark(Minutes(2), 4.90m));
        sut.Settle(5000m);

        var result = sut.GetResult();
        Assert.Equal(-1.30m, result.ProfitAndLoss);
        Assert.Equal(1.30m, result.MaxDrawdown);
        Assert.Equal(Minutes(1), result.StopFiredAt);
        Assert.Equal(2.30m, result.ExitPrice);
        Assert.True(result.IsFinal);
        Assert.Equal(-260m, result.ProfitAndLossDollars);
    }

    [Fact]
    public void HoldToExpiry_PathWithRecovery_DrawdownIsPeakToTroughAndPnlIsSettlement()
    {
        var sut = new ShadowStrategy("hold-to-expiry", Condor(), stopMultiple: null, exitSlippage: 0.10m);

        // P&L path: +0.20, -0.50 (drawdown 0.70 from the +0.20 peak), +0.50, then settlement +1.00.
        sut.OnMark(Minutes(1), 0.80m);
        sut.OnMark(Minutes(2), 1.50m);
        sut.OnMark(Minutes(3), 0.50m);
        sut.Settle(6000m);

        var result = sut.GetResult();
        Assert.Equal(1.00m, result.ProfitAndLoss);
        Assert.Equal(0.70m, result.MaxDrawdown);
        Assert.Null(result.StopFiredAt);
        Assert.Null(result.ExitPrice);
        Assert.True(result.IsFinal);
    }

    [Fact]
    public void HoldToExpiry_SettlesBeyondTheLongPut_LosesMaxLoss()
    {
        var condor = Condor(1.00m);
        var sut = new ShadowStrategy("hold-to-expiry", condor, null, 0.10m);

        sut.OnMark(Minutes(1), 3.00m);
        sut.Settle(5890m);

        Assert.Equal(-condor.MaxLoss, sut.ProfitAndLoss);
        Assert.Equal(condor.MaxLoss, sut.MaxDrawdown);
    }

    [Fact]
    public void GetResult_BeforeSettlement_ReportsUnrealisedAndNotFinal()
    {
        var sut = new ShadowStrategy("hold-to-expiry", Condor(), null, 0.10m);
        sut.OnMark(Minutes(1), 1.25m);

        var result = sut.GetResult();

        Assert.Equal(-0.25m, result.ProfitAndLoss);
        Assert.False(result.IsFinal);
    }

    [Fact]
    public void OnMark_EarlierThanPreviousMark_ThrowsNamingBothTimes()
    {
        var sut = new ShadowStrategy("stop-2x", Condor(), 2.0m, 0.10m);
        sut.OnMark(Minutes(5), 1.0m);

        var error = Assert.Throws<ArgumentException>(() => sut.OnMark(Minutes(4), 1.0m));

        Assert.Contains(Minutes(4).ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains(Minutes(5).ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnMark_AfterSettlement_Throws()
    {
        var sut = new ShadowStrategy("stop-2x", Condor(), 2.0m, 0.10m);
        sut.Settle(6000m);

        Assert.Throws<InvalidOperationException>(() => sut.OnMark(Minutes(1), 1.0m));
        Assert.Throws<InvalidOperationException>(() => sut.Settle(6000m));
    }

    [Theory]
    [InlineData(-0.01)]
    public void OnMark_NegativeMark_Throws(double mark)
    {
        var sut = new ShadowStrategy("stop-2x", Condor(), 2.0m, 0.10m);

        Assert.Throws<ArgumentOutOfRangeException>(() => sut.OnMark(Minutes(1), (decimal)mark));
    }
}
