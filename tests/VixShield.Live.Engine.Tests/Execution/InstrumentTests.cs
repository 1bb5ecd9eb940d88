using NodaTime;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Engine.Tests.Execution;

public class InstrumentTests
{
    private static readonly LocalDate Expiry = new(2026, 3, 3);

    [Fact]
    public void SpxwOption_SameStrikeWrittenDifferently_IsTheSameContract()
    {
        var sut = Instrument.SpxwOption(Expiry, OptionRight.Put, 5700.00m);
        var other = Instrument.SpxwOption(Expiry, OptionRight.Put, 5700m);

        Assert.Equal(other, sut);
        Assert.Equal(other.GetHashCode(), sut.GetHashCode());
        Assert.Equal("SPXW 2026-03-03 5700P", sut.ToString());
        Assert.Single(new HashSet<Instrument> { sut, other });
    }

    [Fact]
    public void Multiplier_ByKind_IsTheExchangeContractSize()
    {
        Assert.Equal(100, Instrument.SpxwOption(Expiry, OptionRight.Call, 7000m).Multiplier);
        Assert.Equal(100, Instrument.VixOption(Expiry, OptionRight.Call, 20m).Multiplier);
        Assert.Equal(1000, Instrument.VixFuture(Expiry).Multiplier);
        Assert.Equal(1, Instrument.ExchangeTradedProduct("vxx").Multiplier);
        Assert.Equal("VXX", Instrument.ExchangeTradedProduct("vxx").Root);
    }

    [Theory]
    [InlineData(OptionRight.Call, 20, 25, 5)]
    [InlineData(OptionRight.Call, 20, 18, 0)]
    [InlineData(OptionRight.Put, 6700, 6690, 10)]
    [InlineData(OptionRight.Put, 6700, 6800, 0)]
    public void SettlementPrice_Option_IsIntrinsicValue(OptionRight right, int strike, int settlement, int expected)
    {
        var sut = Instrument.VixOption(Expiry, right, strike);

        Assert.Equal(expected, sut.SettlementPrice(settlement));
    }

    [Fact]
    public void SettlementPrice_Future_IsTheSettlementValue() =>
        Assert.Equal(21.37m, Instrument.VixFuture(Expiry).SettlementPrice(21.37m));

    [Fact]
    public void SpxwOption_NonPositiveStrike_ThrowsNamingTheValue()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Instrument.SpxwOption(Expiry, OptionRight.Put, 0m));

        Assert.Equal("strike", error.ParamName);
        Assert.Equal(0m, error.ActualValue);
    }

    [Theory]
    [InlineData("")]
    [InlineData("VXX1")]
    [InlineData("TOOLONGX")]
    public void ExchangeTradedProduct_BadTicker_ThrowsNamingIt(string ticker)
    {
        var error = Assert.Throws<ArgumentException>(() => Instrument.ExchangeTradedProduct(ticker));

        Assert.Contains($"'{ticker}'", error.Message, StringComparison.Ordinal);
    }
}
