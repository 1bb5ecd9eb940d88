using VixShield.Live.Adapters.InteractiveBrokers.Contracts;
using VixShield.Live.Domain.Instruments;

namespace VixShield.Live.Adapters.InteractiveBrokers.Mapping;

/// <summary>Where the feed's domain symbols come from at TWS (protocol brief §9).</summary>
/// <remarks>
/// <para>The four CBOE indexes quote their last price. Cash indexes have no book: TWS sends bid/ask as -1 or not at
/// all (brief §7), and a quote built from them would average a non-tradable spread, so their bid/ask ticks are not used.</para>
/// <para>NYSE breadth is unverified at IB (brief §9), so it is looked up, not assumed: first ADV-NYSE and DECL-NYSE
/// (a last price each, the issue count), else AD-NYSE with advancing issues as its bid and declining issues as its ask
/// (third-party semantics). When neither resolves, breadth is unavailable.</para>
/// </remarks>
public static class TwsInstrumentSources
{
    public static TwsMarketDataLine AdvancingIssues { get; } =
        new("ADV-NYSE", TwsContractCatalog.Index("ADV-NYSE", TwsContractCatalog.Nyse), MarketSymbol.NyseAdvancing);

    public static TwsMarketDataLine DecliningIssues { get; } =
        new("DECL-NYSE", TwsContractCatalog.Index("DECL-NYSE", TwsContractCatalog.Nyse), MarketSymbol.NyseDeclining);

    public static TwsMarketDataLine AdvanceDecline { get; } =
        new("AD-NYSE", TwsContractCatalog.NyseAdvanceDecline, null, MarketSymbol.NyseAdvancing, MarketSymbol.NyseDeclining);

    /// <summary>SPX, VIX, VIX9D, VIX3M and NYSE breadth, in subscription order.</summary>
    public static IReadOnlyList<TwsInstrumentSource> Default { get; } =
    [
        Index(MarketSymbol.Spx, TwsContractCatalog.SpxIndex),
        Index(MarketSymbol.Vix, TwsContractCatalog.VixIndex),
        Index(MarketSymbol.Vix9d, TwsContractCatalog.Vix9DayIndex),
        Index(MarketSymbol.Vix3m, TwsContractCatalog.Vix3MonthIndex),
        new(
            "NYSE breadth",
            [MarketSymbol.NyseAdvancing, MarketSymbol.NyseDeclining],
            [[AdvancingIssues, DecliningIssues], [AdvanceDecline]]),
    ];

    /// <summary>The contract whose daily TRADES bars are <paramref name="symbol"/>'s history, or null when TWS has none for it.</summary>
    /// <remarks>Breadth history needs ADV-NYSE/DECL-NYSE: AD-NYSE's bid/ask semantics have no daily-bar equivalent.</remarks>
    public static TwsContract? HistoryContract(MarketSymbol symbol) => symbol switch
    {
        MarketSymbol.Spx => TwsContractCatalog.SpxIndex,
        MarketSymbol.Vix => TwsContractCatalog.VixIndex,
        MarketSymbol.Vix9d => TwsContractCatalog.Vix9DayIndex,
        MarketSymbol.Vix3m => TwsContractCatalog.Vix3MonthIndex,
        MarketSymbol.NyseAdvancing => AdvancingIssues.Contract,
        MarketSymbol.NyseDeclining => DecliningIssues.Contract,
        _ => null,
    };

    private static TwsInstrumentSource Index(MarketSymbol symbol, TwsContract contract)
        => new(symbol.DisplayName(), [symbol], [[new TwsMarketDataLine(contract.Symbol, contract, symbol)]]);
}
