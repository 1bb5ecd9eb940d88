using NodaTime;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Condors;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Domain.Tests.Condors;

public sealed class CondorMarkToMarketTests
{
    private static readonly NyseTradingCalendar Calendar = new();
    private static readonly SpxOptionModel Model = new(new PricingOptions());
    private static readonly VolatilityIndexLevels Levels = new(16.2m, Vix9d: 14.8m);

    private static Instant At(int day, int hour, int minute) =>
        new LocalDateTime(2026, 11, day, hour, minute).InZoneStrictly(Calendar.Zone).ToInstant();

    private static (CondorProposal Proposal, CondorMarkToMarket Sut) Open()
    {
        var expiries = new SpxwExpiries(Calendar);
        var proposal = new CondorSelector(new CondorSelectionOptions(), Model, expiries).Propose(At(19, 15, 30), 6012.5m, Levels);
        return (proposal, new CondorMarkToMarket(proposal.Condor, expiries, Model));
    }

    [Fact]
    public void Mark_AtEntry_EqualsTheCredit()
    {
        var (proposal, sut) = Open();

        var mark = sut.Mark(At(19, 15, 30), 6012.5m, Levels);

        Assert.InRange(mark, proposal.Credit - 0.01m, proposal.Credit + 0.01m);
    }

    [Fact]
    public void Mark_SpxFallsTowardsShortPut_Rises()
    {
        var (proposal, sut) = Open();

        var calm = sut.Mark(At(20, 10, 0), 6012.5m, Levels);
        var stressed = sut.Mark(At(20, 10, 0), proposal.Condor.ShortPutStrike + 2m, Levels);

        Assert.True(stressed > calm, $"calm {calm}, stressed {stressed}");
        Assert.InRange(stressed, 0m, 5m);
    }

    [Theory]
    [InlineData(6000.0)]
    [InlineData(5912.0)]
    [InlineData(5700.0)]
    [InlineData(6082.5)]
    public void Mark_AtOrAfterSettlement_EqualsSettlementArithmetic(double spx)
    {
        var (proposal, sut) = Open();
        var level = (decimal)spx;

        Assert.Equal(proposal.Condor.SettlementValue(level), sut.Mark(At(20, 16, 0), level, Levels));
        Assert.Equal(proposal.Condor.SettlementValue(level), sut.Mark(At(20, 17, 0), level, Levels));
    }

    [Fact]
    public void SettlementTime_FridayExpiry_IsFridayClose()
    {
        var (_, sut) = Open();

        Assert.Equal(At(20, 16, 0), sut.SettlementTime);
    }

    /// <summary>What moves between the two valuations of <see cref="Ceiling_RandomMoves_IsNeverBelowTheNewValue"/>: each
    /// alone, so a term of the bound that is too small shows, then all together.</summary>
    public enum Move
    {
        Spx,
        Time,
        Volatility,
        All,
    }

    [Theory]
    [InlineData(Move.Spx, false)]
    [InlineData(Move.Time, false)]
    [InlineData(Move.Volatility, false)]
    [InlineData(Move.All, false)]
    [InlineData(Move.All, true)]
    public void Ceiling_RandomMoves_IsNeverBelowTheNewValue(Move move, bool steepSmileAndNegativeCarry)
    {
        var model = new SpxOptionModel(steepSmileAndNegativeCarry
            ? new PricingOptions { PutWingSlope = 1.5, CallWingSlope = -0.8, WingLimitStandardDeviations = 6, RiskFreeRate = -0.05, DividendYield = -0.08, AtmVolatilityToIndexRatio = 1.3 }
            : new PricingOptions());
        var expiries = new SpxwExpiries(Calendar);
        var condor = new CondorSelector(new CondorSelectionOptions(), model, expiries).Propose(At(19, 15, 30), 6012.5m, Levels).Condor;
        var sut = new CondorMarkToMarket(condor, expiries, model);
        var random = new Random(20261119);
        var lowest = double.MaxValue;
        var largestRise = 0.0;

        for (var i = 0; i < 20_000; i++)
        {
            // Log-uniform from 5 seconds to 30 hours before the settlement, where marks move fastest, around the strikes.
            var before = sut.SettlementTime - Duration.FromSeconds(Math.Exp(Math.Log(5) + (random.NextDouble() * Math.Log(30 * 3600 / 5.0))));
            var spx = (double)condor.LongPutStrike - 20 + (random.NextDouble() * ((double)(condor.LongCallStrike - condor.LongPutStrike) + 40));
            var levels = RandomLevels(random, 9 + (random.NextDouble() * 60));
            var last = sut.Price(before, spx, new VolatilityTermStructure(levels));
            var scale = Math.Pow(10, random.Next(-2, 2));
            var after = move is Move.Time or Move.All
                ? Instant.Min(before + Duration.FromMilliseconds(random.NextDouble() * 1000 * scale * 10), sut.SettlementTime - Duration.FromMilliseconds(1))
                : before;
            var movedSpx = move is Move.Spx or Move.All ? spx + (scale * 4 * (random.NextDouble() - 0.5)) : spx;
            var movedLevels = move is Move.Volatility or Move.All
                ? RandomLevels(random, (double)levels.Vix * (1 + (scale * 0.02 * (random.NextDouble() - 0.5))))
                : levels;
            var movedTermStructure = new VolatilityTermStructure(movedLevels);

            var value = sut.MarkValue(after, movedSpx, in movedTermStructure);
            lowest = Math.Min(lowest, sut.Ceiling(in last, after, movedSpx, in movedTermStructure) - value);
            largestRise = Math.Max(largestRise, value - last.Value);
        }

        Assert.True(lowest >= -1e-9, $"a ceiling fell {-lowest:E3} points below the value");
        Assert.True(largestRise > 0.01, $"the moves never raised the mark by more than {largestRise:E3} points: nothing was tested");
    }

    [Fact]
    public void Ceiling_QuarterPointMoveAQuarterSecondLater_IsTheSpxSlopeAndAlmostNoDecay()
    {
        var (_, sut) = Open();
        var termStructure = new VolatilityTermStructure(Levels);
        var last = sut.Price(At(20, 10, 0), 6012.5, termStructure);

        var ceiling = sut.Ceiling(in last, At(20, 10, 0) + Duration.FromMilliseconds(250), 6012.75, termStructure);

        // 2 + 4 x 0.3 / sqrt(2 pi) = 2.48 points of mark per point of SPX with the default smile.
        Assert.InRange(ceiling - last.Value, 0.25 * 2.478, (0.25 * 2.479) + 0.001);
    }

    [Fact]
    public void Ceiling_EarlierTimeOrAtSettlement_IsUnbounded()
    {
        var (_, sut) = Open();
        var termStructure = new VolatilityTermStructure(Levels);
        var last = sut.Price(At(20, 10, 0), 6012.5, termStructure);

        Assert.Equal(double.PositiveInfinity, sut.Ceiling(in last, At(20, 9, 59), 6012.5, termStructure));
        Assert.Equal(double.PositiveInfinity, sut.Ceiling(in last, sut.SettlementTime, 6012.5, termStructure));
    }

    /// <summary>VIX at <paramref name="vix"/>, and a VIX9D beside it half the time (so the one-day volatility comes from either).</summary>
    private static VolatilityIndexLevels RandomLevels(Random random, double vix)
    {
        var level = decimal.Round((decimal)vix, 2);
        return random.Next(2) == 0
            ? new VolatilityIndexLevels(level, Vix3m: level + 1.5m)
            : new VolatilityIndexLevels(level, Vix9d: decimal.Round(level * (0.8m + (0.4m * (decimal)random.NextDouble())), 2), Vix3m: level + 1.5m);
    }
}
