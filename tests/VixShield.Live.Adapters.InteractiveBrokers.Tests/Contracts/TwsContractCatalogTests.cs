using NodaTime;
using VixShield.Live.Adapters.InteractiveBrokers.Contracts;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Contracts;

/// <summary>Contract specifications follow protocol brief §9 (index, option and combo shapes are also checked against the recordings).</summary>
public sealed class TwsContractCatalogTests
{
    [Fact]
    public void VixFuture_ContractMonth_IsCfeFutureWithVxClassAndThousandMultiplier()
    {
        var sut = TwsContractCatalog.VixFuture("202611");

        Assert.Equal(("VIX", "FUT", "202611", "CFE", "USD", "VX", "1000"),
            (sut.Symbol, sut.SecurityType, sut.LastTradeDateOrContractMonth, sut.Exchange, sut.Currency, sut.TradingClass, sut.Multiplier));
    }

    [Fact]
    public void SpxwOption_PutOnExpiry_FormatsDateAndRight()
    {
        var sut = TwsContractCatalog.SpxwOption(new LocalDate(2026, 1, 2), 5800m, TwsOptionRight.Put);

        Assert.Equal(("20260102", "P", "SPXW", 5800m), (sut.LastTradeDateOrContractMonth, sut.Right, sut.TradingClass, sut.Strike));
    }

    [Fact]
    public void SpxIronCondor_FourConIds_BuysTheWingsAndSellsTheBody()
    {
        var sut = TwsContractCatalog.SpxIronCondor(1, 2, 3, 4);

        Assert.True(sut.IsCombo);
        Assert.Equal(
            [(1, TwsOrderAction.Buy), (2, TwsOrderAction.Sell), (3, TwsOrderAction.Sell), (4, TwsOrderAction.Buy)],
            sut.ComboLegs.Select(leg => (leg.ConId, leg.Action)));
    }

    [Fact]
    public void Combo_NoLegs_Throws()
    {
        Assert.Throws<ArgumentException>(() => TwsContractCatalog.Combo("SPX", []));
    }

    [Fact]
    public void VixOption_ZeroStrike_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TwsContractCatalog.VixOption(new LocalDate(2026, 10, 21), 0m, TwsOptionRight.Call));
    }
}
