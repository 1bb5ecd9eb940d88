namespace VixShield.Live.Adapters.InteractiveBrokers.Contracts;

/// <summary>One CONTRACT_DATA answer: the fully qualified contract plus TWS's descriptive fields.</summary>
public sealed record TwsContractDetails
{
    /// <summary>The qualified contract, with its conId.</summary>
    public required TwsContract Contract { get; init; }

    /// <summary>Expiry date without time (since v182); empty from older servers.</summary>
    public string LastTradeDate { get; init; } = string.Empty;

    public string MarketName { get; init; } = string.Empty;

    public decimal MinimumTick { get; init; }

    public string OrderTypes { get; init; } = string.Empty;

    public string ValidExchanges { get; init; } = string.Empty;

    public int PriceMagnifier { get; init; }

    public int UnderlyingConId { get; init; }

    public string LongName { get; init; } = string.Empty;

    public string ContractMonth { get; init; } = string.Empty;

    public string Industry { get; init; } = string.Empty;

    public string Category { get; init; } = string.Empty;

    public string Subcategory { get; init; } = string.Empty;

    public string TimeZoneId { get; init; } = string.Empty;

    public string TradingHours { get; init; } = string.Empty;

    public string LiquidHours { get; init; } = string.Empty;

    public string EvRule { get; init; } = string.Empty;

    public double EvMultiplier { get; init; }

    public IReadOnlyList<TwsTagValue> SecurityIds { get; init; } = [];

    public int AggregatedGroup { get; init; }

    public string UnderlyingSymbol { get; init; } = string.Empty;

    public string UnderlyingSecurityType { get; init; } = string.Empty;

    public string MarketRuleIds { get; init; } = string.Empty;

    public string RealExpirationDate { get; init; } = string.Empty;

    public string StockType { get; init; } = string.Empty;

    public decimal? MinimumSize { get; init; }

    public decimal? SizeIncrement { get; init; }

    public decimal? SuggestedSizeIncrement { get; init; }

    public IReadOnlyList<TwsIneligibilityReason> IneligibilityReasons { get; init; } = [];
}
