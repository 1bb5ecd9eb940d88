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
}
