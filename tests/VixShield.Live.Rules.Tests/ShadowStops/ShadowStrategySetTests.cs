using NodaTime;
using VixShield.Live.Domain.Condors;
using VixShield.Live.Rules.ShadowStops;

namespace VixShield.Live.Rules.Tests.ShadowStops;

public sealed class ShadowStrategySetTests
{
    private static readonly Instant Entry = Instant.FromUtc(2026, 11, 19, 20, 30);

    private static readonly IronCondor Condor = new(new LocalDate(2026, 11, 20), 5905m, 5910m, 6080m, 6085m, 1, 0.50m);

    private static Instant Minutes(int minutes) => Entry + Duration.FromMinutes(minutes);

    [Fact]
    public void Create_DefaultOptions_HoldThenOneAndTwoTimesStops()
    {
        var sut = ShadowStrategySet.Create(Condor, new ShadowStopOptions());

        Assert.Equal(["hold-to-expiry", "stop-1x", "stop-2x"], sut.Strategies.Select(strategy => strategy.Name));
        Assert.Equal([null, 1.0m, 2.0m], sut.Strategies.Select(strategy => strategy.StopMultiple));
        Assert.Equal([null, 0.50m, 1.00m], sut.Strategies.Select(strategy => strategy.StopLoss));
    }

    [Fact]
    public void OnMark_SteadilyWorseningPath_OneTimesFiresBeforeTwoTimes()
    {
        var sut = ShadowStrategySet.Create(Condor, new ShadowStopOptions { ExitSlippage = 0.05m });
        decimal[] marks = [0.45m, 0.60m, 0.80m, 0.99m, 1.00m, 1.30m, 1.55m, 1.70m, 2.40m, 3.10m];

        var firedAt = new List<(int Minute, int Count)>();
        for (var minute = 0; minute < marks.Length; minute++)
        {
            var fired = sut.OnMark(Minutes(minute), marks[minute]);
            if (fired > 0)
            {
                firedAt.Add((minute, fired));
            }
        }

        sut.Settle(5800m);
        var results = sut.GetResults();

        // 1x: loss 0.50 first reached at the 1.00 mark (minute 4); 2x: loss 1.00 first reached at 1.55 (minute 6).
        Assert.Equal([(4, 1), (6, 1)], firedAt);
        Assert.Equal(Minutes(4), results[1].StopFiredAt);
        Assert.Equal(Minutes(6), results[2].StopFiredAt);
        Assert.True(results[1].StopFiredAt < results[2].StopFiredAt);
        Assert.Equal(0.50m - 1.05m, results[1].ProfitAndLoss);
        Assert.Equal(0.50m - 1.60m, results[2].ProfitAndLoss);
        Assert.Equal(-Condor.MaxLoss, results[0].ProfitAndLoss);
        Assert.Null(results[0].StopFiredAt);
    }

    [Fact]
    public void OnMark_CalmPath_NeitherStopFiresAndAllKeepTheCredit()
    {
        var sut = ShadowStrategySet.Create(Condor, new ShadowStopOptions());
        decimal[] marks = [0.50m, 0.62m, 0.55m, 0.40m, 0.70m, 0.35m, 0.20m, 0.05m];

        var fired = 0;
        for (var minute = 0; minute < marks.Length; minute++)
        {
            fired += sut.OnMark(Minutes(minute), marks[minute]);
        }

        sut.Settle(6000m);

        Assert.Equal(0, fired);
        Assert.All(sut.GetResults(), result =>
        {
            Assert.Null(result.StopFiredAt);
            Assert.Equal(0.50m, result.ProfitAndLoss);
            Assert.Equal(0.30m, result.MaxDrawdown);
            Assert.True(result.IsFinal);
        });
    }

    [Fact]
    public void OnMark_GapThroughBothStops_BothFireOnTheSameMark()
    {
        var sut = ShadowStrategySet.Create(Condor, new ShadowStopOptions { ExitSlippage = 0m });

        var fired = sut.OnMark(Minutes(1), 2.00m);

        Assert.Equal(2, fired);
        Assert.All(sut.Strategies.Skip(1), strategy => Assert.Equal(2.00m, strategy.Fired!.Value.ExitPrice));
    }

    [Fact]
    public void Create_InvalidOptions_ThrowsNamingFieldAndValue()
    {
        var options = new ShadowStopOptions { StopMultiples = [1.0m, 0m], ExitSlippage = -0.1m };

        var error = Assert.Throws<ArgumentException>(() => ShadowStrategySet.Create(Condor, options));

        Assert.Contains("ShadowStops:StopMultiples[1] is 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("ShadowStops:ExitSlippage is -0.1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StopName_FractionalMultiple_DropsTrailingZeros()
    {
        Assert.Equal("stop-1.5x", ShadowStrategySet.StopName(1.50m));
        Assert.Equal("stop-2x", ShadowStrategySet.StopName(2.0m));
    }
}
