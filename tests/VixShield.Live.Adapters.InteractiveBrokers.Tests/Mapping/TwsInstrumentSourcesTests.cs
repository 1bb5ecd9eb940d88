using VixShield.Live.Adapters.InteractiveBrokers.Contracts;
using VixShield.Live.Adapters.InteractiveBrokers.Mapping;
using VixShield.Live.Domain.Instruments;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Mapping;

public sealed class TwsInstrumentSourcesTests
{
    [Fact]
    public void Default_IndexesAreCboeIndexesQuotedFromTheirLastPrice()
    {
        var sut = TwsInstrumentSources.Default;

        var indexes = sut.Take(4).Select(source => Assert.Single(Assert.Single(source.Alternatives))).ToList();

        Assert.Equal(["SPX", "VIX", "VIX9D", "VIX3M"], indexes.Select(line => line.Contract.Symbol));
        Assert.Equal([MarketSymbol.Spx, MarketSymbol.Vix, MarketSymbol.Vix9d, MarketSymbol.Vix3m], indexes.Select(line => line.LastSymbol!.Value));
        Assert.All(indexes, line => Assert.Equal(("IND", "CBOE", "USD", 0), (line.Contract.SecurityType, line.Contract.Exchange, line.Contract.Currency, line.Contract.ConId)));
        Assert.All(indexes, line => Assert.Null(line.SymbolFor(QuoteTickRole.Bid)));
    }

    [Fact]
    public void Default_Breadth_PrefersAdvancingAndDecliningThenAdvanceDeclineBidAndAsk()
    {
        var breadth = TwsInstrumentSources.Default[4];

        Assert.Equal([MarketSymbol.NyseAdvancing, MarketSymbol.NyseDeclining], breadth.Symbols);
        Assert.Equal(["ADV-NYSE", "DECL-NYSE"], breadth.Alternatives[0].Select(line => line.Contract.Symbol));
        var advanceDecline = Assert.Single(breadth.Alternatives[1]);
        Assert.Equal(("AD-NYSE", "IND", "NYSE"), (advanceDecline.Contract.Symbol, advanceDecline.Contract.SecurityType, advanceDecline.Contract.Exchange));
        Assert.Equal(
            ((MarketSymbol?)MarketSymbol.NyseAdvancing, (MarketSymbol?)MarketSymbol.NyseDeclining, (MarketSymbol?)null),
            (advanceDecline.SymbolFor(QuoteTickRole.Bid), advanceDecline.SymbolFor(QuoteTickRole.Ask), advanceDecline.SymbolFor(QuoteTickRole.Last)));
    }

    [Theory]
    [InlineData(MarketSymbol.Spx, "SPX")]
    [InlineData(MarketSymbol.Vix3m, "VIX3M")]
    [InlineData(MarketSymbol.NyseAdvancing, "ADV-NYSE")]
    [InlineData(MarketSymbol.NyseDeclining, "DECL-NYSE")]
    public void HistoryContract_FeedSymbol_IsItsTwsIndex(MarketSymbol symbol, string twsSymbol)
    {
        var contract = TwsInstrumentSources.HistoryContract(symbol);

        Assert.Equal((twsSymbol, TwsSecurityType.Index), (contract?.Symbol, contract?.SecurityType));
    }

    [Theory]
    [InlineData(MarketSymbol.Vix6m)]
    [InlineData(MarketSymbol.Vvix)]
    public void HistoryContract_SymbolTheFeedDoesNotCarry_IsNull(MarketSymbol symbol)
    {
        Assert.Null(TwsInstrumentSources.HistoryContract(symbol));
    }
}
