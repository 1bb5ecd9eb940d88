using NodaTime;
using VixShield.Live.Domain.Condors;

namespace VixShield.Live.Domain.Tests.Condors;

public sealed class IronCondorTests
{
    private static IronCondor Condor(decimal credit = 0.50m, int quantity = 1) =>
        new(new LocalDate(2026, 11, 23), 5905m, 5910m, 6080m, 6085m, quantity, credit);

    [Fact]
    public void MaxLoss_FiveWideForHalfAPoint_IsFourAndAHalf()
    {
        var sut = Condor(0.50m, quantity: 3);

        Assert.Equal(4.50m, sut.MaxLoss);
        Assert.Equal(1350m, sut.MaxLossDollars);
        Assert.Equal(150m, sut.CreditDollars);
    }

    [Fact]
    public void BreakEvens_ShortStrikesPlusMinusCredit()
    {
        var sut = Condor(0.55m);

        Assert.Equal(new BreakEvenRange(5909.45m, 6080.55m), sut.BreakEvens);
    }

    [Fact]
    public void BreakEvensAfterHedgeCost_CostBelowCredit_NarrowsByTheCost()
    {
        var sut = Condor(0.55m);

        Assert.Equal(new BreakEvenRange(5909.65m, 6080.35m), sut.BreakEvensAfterHedgeCost(0.20m));
    }

    [Fact]
    public void BreakEvensAfterHedgeCost_CostAboveCredit_MovesInsideTheShorts()
    {
        var sut = Condor(0.55m);

        Assert.Equal(new BreakEvenRange(5910.45m, 6079.55m), sut.BreakEvensAfterHedgeCost(1.00m));
    }

    [Theory]
    [InlineData(6000.0, 0.0)]
    [InlineData(5910.0, 0.0)]
    [InlineData(6080.0, 0.0)]
    [InlineData(5908.5, 1.5)]
    [InlineData(6083.25, 3.25)]
    [InlineData(5905.0, 5.0)]
    [InlineData(5000.0, 5.0)]
    [InlineData(7000.0, 5.0)]
    public void SettlementValue_SpxClose_IsCashSettledSpreadValue(double spxClose, double expected)
    {
        var sut = Condor();

        Assert.Equal((decimal)expected, sut.SettlementValue((decimal)spxClose));
    }

    [Fact]
    public void ProfitAtSettlement_AtBreakEvens_IsZeroAndBeyondLongsIsMaxLoss()
    {
        var sut = Condor(0.55m);

        Assert.Equal(0m, sut.ProfitAtSettlement(sut.BreakEvens.Lower));
        Assert.Equal(0m, sut.ProfitAtSettlement(sut.BreakEvens.Upper));
        Assert.Equal(-sut.MaxLoss, sut.ProfitAtSettlement(5800m));
        Assert.Equal(0.55m, sut.ProfitAtSettlement(6000m));
    }

    [Fact]
    public void Constructor_StrikesOutOfOrder_ThrowsNamingTheStrikes()
    {
        var error = Assert.Throws<ArgumentException>(() => new IronCondor(new LocalDate(2026, 11, 23), 5910m, 5905m, 6080m, 6085m, 1, 0.5m));

        Assert.Contains("5910 / 5905 / 6080 / 6085", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(1, -0.1)]
    [InlineData(1, 5.0)]
    public void Constructor_BadQuantityOrCredit_Throws(int quantity, double credit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Condor((decimal)credit, quantity));
    }
}
