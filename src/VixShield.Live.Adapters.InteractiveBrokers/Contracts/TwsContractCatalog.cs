using System.Globalization;
using NodaTime;

namespace VixShield.Live.Adapters.InteractiveBrokers.Contracts;

/// <summary>The contracts this daemon uses, specified as protocol brief §9 describes them.</summary>
/// <remarks>
/// ConIds are left 0: resolve them with a contract-details request once per session rather than hard-coding them.
/// Index contracts marked unverified in the brief (breadth) must be confirmed by such a lookup (error 200 if absent).
/// </remarks>
public static class TwsContractCatalog
{
    public const string Smart = "SMART";
    public const string Cboe = "CBOE";
    public const string Nyse = "NYSE";
    public const string CboeFutures = "CFE";
    public const string UsDollar = "USD";
    public const string IndexOptionMultiplier = "100";
    public const string VixFutureMultiplier = "1000";

    public static TwsContract SpxIndex { get; } = Index("SPX", Cboe);

    public static TwsContract VixIndex { get; } = Index("VIX", Cboe);

    public static TwsContract Vix9DayIndex { get; } = Index("VIX9D", Cboe);

    public static TwsContract Vix3MonthIndex { get; } = Index("VIX3M", Cboe);

    /// <summary>NYSE advance/decline (AD-NYSE); its tick semantics are unverified (brief §9).</summary>
    public static TwsContract NyseAdvanceDecline { get; } = Index("AD-NYSE", Nyse);

    public static TwsContract NyseTick { get; } = Index("TICK-NYSE", Nyse);

    /// <summary>A cash index on <paramref name="exchange"/> in USD.</summary>
    public static TwsContract Index(string symbol, string exchange) => new()
    {
        Symbol = symbol,
        SecurityType = TwsSecurityType.Index,
        Exchange = exchange,
        Currency = UsDollar,
    };

    /// <summary>A PM-settled SPXW option (weeklies and dailies, including 0DTE).</summary>
    public static TwsContract SpxwOption(LocalDate expiry, decimal strike, TwsOptionRight right, string exchange = Smart)
        => Option("SPX", "SPXW", expiry, strike, right, exchange);

    /// <summary>A VIX option; <paramref name="tradingClass"/> is VIX for monthlies (VIXW for weeklies is unverified).</summary>
    public static TwsContract VixOption(
        LocalDate expiry, decimal strike, TwsOptionRight right, string tradingClass = "VIX", string exchange = Smart)
        => Option("VIX", tradingClass, expiry, strike, right, exchange);

    /// <summary>A VIX future on CFE; <paramref name="contractMonth"/> is <c>yyyyMM</c> or <c>yyyyMMdd</c>.</summary>
    public static TwsContract VixFuture(string contractMonth) => new()
    {
        Symbol = "VIX",
        SecurityType = TwsSecurityType.Future,
        LastTradeDateOrContractMonth = contractMonth,
        Multiplier = VixFutureMultiplier,
        Exchange = CboeFutures,
        Currency = UsDollar,
        TradingClass = "VX",
    };

    /// <summary>A BAG combo on <paramref name="symbol"/> made of <paramref name="legs"/>.</summary>
    public static TwsContract Combo(string symbol, IReadOnlyList<TwsComboLeg> legs, string exchange = Smart)
    {
        ArgumentNullException.ThrowIfNull(legs);
        if (legs.Count == 0)
        {
            throw new ArgumentException("a combo needs at least one leg", nameof(legs));
        }

        return new TwsContract
        {
            Symbol = symbol,
            SecurityType = TwsSecurityType.Combo,
            Exchange = exchange,
            Currency = UsDollar,
            ComboLegs = legs,
        };
    }

    /// <summary>
    /// An SPX iron condor as a 4-leg BAG, bought as defined: BUY the long put, SELL the short put, SELL the short
    /// call, BUY the long call, ratio 1 each (brief §5.7). The leg conIds come from contract-details lookups.
    /// </summary>
    public static TwsContract SpxIronCondor(
        int longPutConId, int shortPutConId, int shortCallConId, int longCallConId, string exchange = Smart)
        => Combo(
            "SPX",
            [
                new TwsComboLeg(longPutConId, 1, TwsOrderAction.Buy, exchange),
                new TwsComboLeg(shortPutConId, 1, TwsOrderAction.Sell, exchange),
                new TwsComboLeg(shortCallConId, 1, TwsOrderAction.Sell, exchange),
                new TwsComboLeg(longCallConId, 1, TwsOrderAction.Buy, exchange),
            ],
            exchange);

    private static TwsContract Option(
        string symbol, string tradingClass, LocalDate expiry, decimal strike, TwsOptionRight right, string exchange)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(strike);
        return new TwsContract
        {
            Symbol = symbol,
            SecurityType = TwsSecurityType.Option,
            LastTradeDateOrContractMonth = expiry.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            Strike = strike,
            Right = right == TwsOptionRight.Call ? "C" : "P",
            Multiplier = IndexOptionMultiplier,
            Exchange = exchange,
            Currency = UsDollar,
            TradingClass = tradingClass,
        };
    }
}
