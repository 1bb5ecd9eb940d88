using NodaTime;
using VixShield.Live.Adapters.Paper;
using VixShield.Live.Adapters.Paper.Pricing;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Testing;

namespace VixShield.Live.Adapters.Tests.Paper;

public class ModelPaperPriceSourceTests
{
    private static readonly Instant Afternoon = Some.NewYork(2026, 3, 2, 15, 30);
    private static readonly PricingOptions Pricing = new();

    [Fact]
    public void TryGetQuote_SpxwOption_CentredOnTheSpxModelToItsSettlementWithTheSyntheticSpread()
    {
        var sut = Create();
        sut.OnQuote(Some.Quote(MarketSymbol.Spx, 6800m, at: Afternoon));
        sut.OnQuote(Some.Quote(MarketSymbol.Vix, 16m, at: Afternoon));
        sut.OnQuote(Some.Quote(MarketSymbol.Vix9d, 15m, at: Afternoon));
        var put = Instrument.SpxwOption(new LocalDate(2026, 3, 3), OptionRight.Put, 6700m);

        Assert.True(sut.TryGetQuote(put, Afternoon, out var quote));

        var years = YearFraction.Actual365(Afternoon, Some.NewYork(2026, 3, 3, 16, 0));
        var model = new SpxOptionModel(Pricing).Value(OptionRight.Put, 6700m, 6800m, years, new VolatilityTermStructure(new VolatilityIndexLevels(16m, Vix9d: 15m))).Price;
        var spread = Math.Max(0.05m, 0.05m * model);
        Assert.True(model > 0.05m, $"model price {model}");
        Assert.InRange(quote.Mid, model - 0.0001m, model + 0.0001m);
        Assert.InRange(quote.Spread, spread - 0.0001m, spread + 0.0001m);
    }

    [Fact]
    public void TryGetQuote_VixCall_PricedOnTheImpliedFutureOfItsExpiry()
    {
        var sut = Create();
        sut.OnQuote(Some.Quote(MarketSymbol.Vix, 18m, at: Afternoon));
        sut.OnQuote(Some.Quote(MarketSymbol.Vix3m, 20m, at: Afternoon));
        var call = Instrument.VixOption(new LocalDate(2026, 4, 15), OptionRight.Call, 22m);

        Assert.True(sut.TryGetQuote(call, Afternoon, out var quote));
        Assert.True(sut.TryGetQuote(Instrument.VixFuture(new LocalDate(2026, 4, 15)), Afternoon, out var future));

        var years = YearFraction.Actual365(Afternoon, Some.NewYork(2026, 4, 15, 9, 30));
        var levels = new VolatilityIndexLevels(18m, Vix3m: 20m);
        var futuresLevel = PriceConversion.ToPrice(new VolatilityTermStructure(levels).VixFuturesLevel(years));
        var model = new VixOptionModel(Pricing).Value(OptionRight.Call, 22m, futuresLevel, years, levels).Price;
        Assert.InRange(quote.Mid, model - 0.0001m, model + 0.0001m);
        Assert.InRange(future.Mid, futuresLevel - 0.0001m, futuresLevel + 0.0001m);
        Assert.True(futuresLevel > 18m, $"an upward VIX term structure implies contango, got {futuresLevel}");
    }

    [Fact]
    public void TryGetQuote_BeforeAnyVixLevel_CannotPrice()
    {
        var sut = Create();
        sut.OnQuote(Some.Quote(MarketSymbol.Spx, 6800m, at: Afternoon));

        Assert.False(sut.TryGetQuote(Instrument.SpxwOption(new LocalDate(2026, 3, 3), OptionRight.Put, 6700m), Afternoon, out _));
    }

    [Fact]
    public void TryGetQuote_AfterTheSettlement_CannotPrice()
    {
        var sut = Create();
        sut.OnQuote(Some.Quote(MarketSymbol.Spx, 6800m, at: Afternoon));
        sut.OnQuote(Some.Quote(MarketSymbol.Vix, 16m, at: Afternoon));

        Assert.False(sut.TryGetQuote(Instrument.SpxwOption(new LocalDate(2026, 3, 2), OptionRight.Put, 6700m), Some.NewYork(2026, 3, 2, 16, 0), out _));
    }

    [Fact]
    public void TryGetQuote_EtpWithoutAQuote_CannotPriceAndWithOneUsesIt()
    {
        var sut = Create();
        sut.OnQuote(Some.Quote(MarketSymbol.Vix, 16m, at: Afternoon));
        var vxx = Instrument.ExchangeTradedProduct("VXX");

        var before = sut.TryGetQuote(vxx, Afternoon, out _);
        sut.SetQuote(vxx, new PaperQuote(30.10m, 30.14m));

        Assert.False(before);
        Assert.True(sut.TryGetQuote(vxx, Afternoon, out var quote));
        Assert.Equal(new PaperQuote(30.10m, 30.14m), quote);
    }

    [Fact]
    public void SetQuote_CrossedQuote_ThrowsNamingTheContract()
    {
        var sut = Create();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => sut.SetQuote(Instrument.ExchangeTradedProduct("VXX"), new PaperQuote(2m, 1m)));

        Assert.Contains("VXX", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryGetSettlementValue_SpxwExpiry_IsTheLastSpxQuoteOfTheSessionOnceClosed()
    {
        var sut = Create();
        sut.OnQuote(Some.Quote(MarketSymbol.Spx, 6800m, at: Some.NewYork(2026, 3, 3, 15, 0)));
        sut.OnQuote(Some.Quote(MarketSymbol.Spx, 6712.34m, at: Some.NewYork(2026, 3, 3, 15, 59, 59)));
        var put = Instrument.SpxwOption(new LocalDate(2026, 3, 3), OptionRight.Put, 6700m);

        var beforeClose = sut.TryGetSettlementValue(put, Some.NewYork(2026, 3, 3, 15, 59, 59), out _);
        var atClose = sut.TryGetSettlementValue(put, Some.NewYork(2026, 3, 3, 16, 0), out var value);
        sut.OnQuote(Some.Quote(MarketSymbol.Spx, 6720m, at: Some.NewYork(2026, 3, 4, 9, 30)));
        var nextDay = sut.TryGetSettlementValue(put, Some.NewYork(2026, 3, 4, 9, 30), out var kept);

        Assert.False(beforeClose);
        Assert.True(atClose);
        Assert.Equal(6712.34m, value);
        Assert.True(nextDay);
        Assert.Equal(6712.34m, kept);
    }

    [Fact]
    public void TryGetSettlementValue_VixExpiry_IsTheFirstVixQuoteOfTheExpirySession()
    {
        var sut = Create();
        var expiry = new LocalDate(2026, 4, 15);
        sut.OnQuote(Some.Quote(MarketSymbol.Vix, 19m, at: Some.NewYork(2026, 4, 15, 9, 0)));
        sut.OnQuote(Some.Quote(MarketSymbol.Vix, 21.37m, at: Some.NewYork(2026, 4, 15, 9, 30, 1)));
        sut.OnQuote(Some.Quote(MarketSymbol.Vix, 22m, at: Some.NewYork(2026, 4, 15, 9, 31)));

        Assert.True(sut.TryGetSettlementValue(Instrument.VixOption(expiry, OptionRight.Call, 20m), Some.NewYork(2026, 4, 15, 9, 32), out var value));
        Assert.Equal(21.37m, value);
        Assert.True(sut.TryGetSettlementValue(Instrument.VixFuture(expiry), Some.NewYork(2026, 4, 15, 9, 32), out _));
        Assert.False(sut.TryGetSettlementValue(Instrument.VixOption(new LocalDate(2026, 5, 19), OptionRight.Call, 20m), Some.NewYork(2026, 4, 15, 9, 32), out _));
    }

    private static ModelPaperPriceSource Create() => new(Pricing, new NyseTradingCalendar(), new PaperBrokerOptions());
}
