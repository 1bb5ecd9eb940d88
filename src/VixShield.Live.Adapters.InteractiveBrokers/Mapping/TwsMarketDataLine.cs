using VixShield.Live.Adapters.InteractiveBrokers.Contracts;
using VixShield.Live.Domain.Instruments;

namespace VixShield.Live.Adapters.InteractiveBrokers.Mapping;

/// <summary>One TWS market-data subscription and the domain symbol each of its quote ticks becomes.</summary>
/// <param name="Name">The TWS symbol, for logs and status reasons (AD-NYSE, VIX9D).</param>
/// <param name="Contract">The contract as specified (conId 0); the feed qualifies it by a contract lookup before subscribing.</param>
/// <param name="LastSymbol">The symbol quoted from the last price (indexes, ADV-NYSE, DECL-NYSE), or null.</param>
/// <param name="BidSymbol">The symbol quoted from the bid (AD-NYSE's advancing issues), or null.</param>
/// <param name="AskSymbol">The symbol quoted from the ask (AD-NYSE's declining issues), or null.</param>
public sealed record TwsMarketDataLine(
    string Name, TwsContract Contract, MarketSymbol? LastSymbol, MarketSymbol? BidSymbol = null, MarketSymbol? AskSymbol = null)
{
    /// <summary>The symbol the tick with <paramref name="role"/> quotes on this line, or null when the line ignores it.</summary>
    public MarketSymbol? SymbolFor(QuoteTickRole role) => role switch
    {
        QuoteTickRole.Last => LastSymbol,
        QuoteTickRole.Bid => BidSymbol,
        QuoteTickRole.Ask => AskSymbol,
        _ => null,
    };

    /// <summary>Every symbol this line quotes.</summary>
    public IEnumerable<MarketSymbol> Symbols
    {
        get
        {
            if (LastSymbol is { } last)
            {
                yield return last;
            }

            if (BidSymbol is { } bid)
            {
                yield return bid;
            }

            if (AskSymbol is { } ask)
            {
                yield return ask;
            }
        }
    }
}
