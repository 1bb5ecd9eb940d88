using NodaTime;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Condors;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Domain.Tests.Condors;

public sealed class CondorSelectorTests
{
    private static readonly NyseTradingCalendar Calendar = new();
    private static readonly SpxOptionModel Model = new(new PricingOptions());
    private static readonly Instant ThursdayEntry = new LocalDateTime(2026, 11, 19, 15, 30).InZoneStrictly(Calendar.Zone).ToInstant();
    private static readonly VolatilityIndexLevels Levels = new(16.2m, Vix9d: 14.8m);

    private static CondorSelector Selector(CondorSelectionOptions? options = null) =>
        new(options ?? new CondorSelectionOptions(), Model, new SpxwExpiries(Calendar));

    private static double AbsoluteDelta(OptionRight right, decimal strike, CondorProposal proposal)
    {
        var termStructure = new VolatilityTermStructure(Levels);
        return Math.Abs(Model.Evaluate(right, (double)proposal.Spx, (double)strike, proposal.YearsToExpiry, termStructure, out _).Delta);
    }

    [Fact]
    public void Propose_ThursdayEntry_ExpiresFridayWithFiveWideWingsOnTheGrid()
    {
        var sut = Selector();

        var proposal = sut.Propose(ThursdayEntry, 6012.5m, Levels);

        Assert.Equal(new LocalDate(2026, 11, 20), proposal.Expiry);
        Assert.Equal(5m, proposal.Condor.PutWidth);
        Assert.Equal(5m, proposal.Condor.CallWidth);
        foreach (var strike in new[] { proposal.Condor.LongPutStrike, proposal.Condor.ShortPutStrike, proposal.Condor.ShortCallStrike, proposal.Condor.LongCallStrike })
        {
            Assert.Equal(0m, strike % 5m);
        }

        Assert.True(proposal.Condor.ShortPutStrike < 6012.5m && proposal.Condor.ShortCallStrike > 6012.5m);
    }

    [Fact]
    public void Propose_TypicalMarket_ShortsInBandAndNearestTheTargetDelta()
    {
        var sut = Selector();

        var proposal = sut.Propose(ThursdayEntry, 6012.5m, Levels);

        foreach (var (right, strike) in new[] { (OptionRight.Put, proposal.Condor.ShortPutStrike), (OptionRight.Call, proposal.Condor.ShortCallStrike) })
        {
            var chosen = AbsoluteDelta(right, strike, proposal);
            Assert.InRange(chosen, 0.15, 0.20);
            Assert.True(Math.Abs(chosen - 0.16) <= Math.Abs(AbsoluteDelta(right, strike - 5m, proposal) - 0.16), $"{right} {strike}");
            Assert.True(Math.Abs(chosen - 0.16) <= Math.Abs(AbsoluteDelta(right, strike + 5m, proposal) - 0.16), $"{right} {strike}");
        }

        Assert.DoesNotContain(proposal.Warnings, warning => warning.Kind is CondorWarningKind.ShortPutDeltaOutsideBand or CondorWarningKind.ShortCallDeltaOutsideBand);
    }

    [Fact]
    public void Propose_AnyMarket_CreditIsTheMidOfTheFourLegsAndMaxLossWidthMinusCredit()
    {
        var sut = Selector();

        var proposal = sut.Propose(ThursdayEntry, 6012.5m, Levels);

        var legs = proposal.ShortPut.Price + proposal.ShortCall.Price - proposal.LongPut.Price - proposal.LongCall.Price;
        Assert.Equal(Math.Round(legs, 2, MidpointRounding.AwayFromZero), proposal.Credit);
        Assert.Equal(5m - proposal.Credit, proposal.MaxLoss);
        Assert.Equal(proposal.Condor.ShortPutStrike - proposal.Credit, proposal.BreakEvens.Lower);
        Assert.Equal(proposal.Condor.ShortCallStrike + proposal.Credit, proposal.BreakEvens.Upper);
        Assert.True(proposal.ShortPut.IsShort && proposal.ShortCall.IsShort && !proposal.LongPut.IsShort && !proposal.LongCall.IsShort);
    }

    [Fact]
    public void Propose_TargetAtBandEdge_PrefersAStrikeInsideTheBand()
    {
        var sut = Selector(new CondorSelectionOptions { TargetDelta = 0.16, MinimumDelta = 0.16, MaximumDelta = 0.30 });

        var proposal = sut.Propose(ThursdayEntry, 6012.5m, Levels);

        Assert.InRange(Math.Abs(proposal.ShortPut.Delta), 0.16, 0.30);
        Assert.InRange(Math.Abs(proposal.ShortCall.Delta), 0.16, 0.30);
        Assert.DoesNotContain(proposal.Warnings, warning => warning.Kind is CondorWarningKind.ShortPutDeltaOutsideBand or CondorWarningKind.ShortCallDeltaOutsideBand);
    }

    [Fact]
    public void Propose_CoarseGridWithNoStrikeInBand_ProposesNearestAndWarns()
    {
        var sut = Selector(new CondorSelectionOptions { StrikeIncrement = 100m, WingWidth = 100m, MaximumExpectedCredit = 50m });

        var proposal = sut.Propose(ThursdayEntry, 6000m, Levels);

        var putWarning = Assert.Single(proposal.Warnings, warning => warning.Kind == CondorWarningKind.ShortPutDeltaOutsideBand);
        Assert.Contains(proposal.Condor.ShortPutStrike.ToString(System.Globalization.CultureInfo.InvariantCulture), putWarning.Message, StringComparison.Ordinal);
        Assert.Contains("0.15-0.20", putWarning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Propose_CreditAboveExpectedRange_StillProposesAndWarns()
    {
        var sut = Selector(new CondorSelectionOptions { MinimumExpectedCredit = 0.01m, MaximumExpectedCredit = 0.02m });

        var proposal = sut.Propose(ThursdayEntry, 6012.5m, Levels);

        var warning = Assert.Single(proposal.Warnings);
        Assert.Equal(CondorWarningKind.CreditAboveExpected, warning.Kind);
        Assert.Contains("0.01-0.02", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Propose_CreditBelowExpectedRange_WarnsBelow()
    {
        var sut = Selector(new CondorSelectionOptions { MinimumExpectedCredit = 4.0m, MaximumExpectedCredit = 4.5m });

        var proposal = sut.Propose(ThursdayEntry, 6012.5m, Levels);

        Assert.Equal(CondorWarningKind.CreditBelowExpected, Assert.Single(proposal.Warnings).Kind);
    }

    [Fact]
    public void Propose_FridayEntry_ExpiresMonday()
    {
        var sut = Selector();
        var friday = new LocalDateTime(2026, 11, 20, 15, 30).InZoneStrictly(Calendar.Zone).ToInstant();

        var proposal = sut.Propose(friday, 6012.5m, Levels);

        Assert.Equal(new LocalDate(2026, 11, 23), proposal.Expiry);
        Assert.Equal(72.5 / 24.0 / 365.0, proposal.YearsToExpiry, 1e-12);
    }

    [Fact]
    public void TryPropose_Thanksgiving_FailsNamingTheDay()
    {
        var sut = Selector();
        var thanksgiving = new LocalDateTime(2026, 11, 26, 15, 30).InZoneStrictly(Calendar.Zone).ToInstant();

        var proposed = sut.TryPropose(thanksgiving, 6000m, Levels, out var proposal, out var error);

        Assert.False(proposed);
        Assert.Null(proposal);
        Assert.Contains("2026-11-26", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, 16.0)]
    [InlineData(6000.0, -1.0)]
    public void TryPropose_NonPositiveLevel_Fails(double spx, double vix)
    {
        var sut = Selector();

        Assert.False(sut.TryPropose(ThursdayEntry, (decimal)spx, new VolatilityIndexLevels((decimal)vix), out _, out var error));
        Assert.NotEmpty(error);
    }

    [Fact]
    public void TryGetEntryTime_OrdinaryDay_IsConfiguredTimeNewYork()
    {
        var sut = Selector();

        Assert.True(sut.TryGetEntryTime(new LocalDate(2026, 11, 19), out var entry));
        Assert.Equal(ThursdayEntry, entry);
    }

    [Fact]
    public void TryGetEntryTime_EarlyClose_KeepsTheSameDistanceBeforeTheClose()
    {
        var sut = Selector();

        Assert.True(sut.TryGetEntryTime(new LocalDate(2026, 11, 27), out var entry));
        Assert.Equal(new LocalDateTime(2026, 11, 27, 12, 30).InZoneStrictly(Calendar.Zone).ToInstant(), entry);
    }

    [Fact]
    public void TryGetEntryTime_Holiday_IsFalse()
    {
        var sut = Selector();

        Assert.False(sut.TryGetEntryTime(new LocalDate(2026, 11, 26), out _));
    }

    [Fact]
    public void Constructor_EntryTimeAfterTheClose_ThrowsNamingFieldAndValue()
    {
        var error = Assert.Throws<ArgumentException>(() => Selector(new CondorSelectionOptions { EntryTime = new LocalTime(16, 30) }));

        Assert.Contains("Condor:EntryTime is 16:30:00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsNamingFieldAndValue()
    {
        var error = Assert.Throws<ArgumentException>(() => Selector(new CondorSelectionOptions { WingWidth = 7m }));

        Assert.Contains("Condor:WingWidth is 7", error.Message, StringComparison.Ordinal);
    }
}
