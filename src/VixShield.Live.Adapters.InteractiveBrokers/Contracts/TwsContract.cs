namespace VixShield.Live.Adapters.InteractiveBrokers.Contracts;

/// <summary>A TWS contract description: what to quote, look up or trade (official <c>Contract</c> fields we use).</summary>
/// <remarks>
/// Text fields keep TWS's own vocabulary (<see cref="TwsSecurityType"/>, exchange codes, <c>C</c>/<c>P</c>) because
/// TWS extends it freely; mapping to domain instruments belongs to the adapter. Empty text and null mean "unset" and
/// are encoded with the official sentinels. Build common contracts with <see cref="TwsContractCatalog"/>.
/// </remarks>
public sealed record TwsContract
{
    /// <summary>IB's contract id; 0 = unknown (resolve it with a contract-details request before trading).</summary>
    public int ConId { get; init; }

    public string Symbol { get; init; } = string.Empty;

    /// <summary>IND, OPT, FUT, BAG, … (see <see cref="TwsSecurityType"/>).</summary>
    public string SecurityType { get; init; } = string.Empty;

    /// <summary><c>yyyyMMdd</c> expiry or <c>yyyyMM</c> contract month; TWS may append a time and zone.</summary>
    public string LastTradeDateOrContractMonth { get; init; } = string.Empty;

    /// <summary>Option strike; null when the contract has none.</summary>
    public decimal? Strike { get; init; }

    /// <summary><c>C</c>, <c>P</c> or empty.</summary>
    public string Right { get; init; } = string.Empty;

    /// <summary>Contract multiplier as TWS writes it (<c>100</c> for index options).</summary>
    public string Multiplier { get; init; } = string.Empty;

    public string Exchange { get; init; } = string.Empty;

    public string PrimaryExchange { get; init; } = string.Empty;

    public string Currency { get; init; } = string.Empty;

    public string LocalSymbol { get; init; } = string.Empty;

    /// <summary>SPXW vs SPX (PM- vs AM-settled), VIX vs VIXW, VX for futures.</summary>
    public string TradingClass { get; init; } = string.Empty;

    public bool IncludeExpired { get; init; }

    public string SecurityIdType { get; init; } = string.Empty;

    public string SecurityId { get; init; } = string.Empty;

    public string IssuerId { get; init; } = string.Empty;

    /// <summary>The legs of a BAG (combo) contract; empty otherwise.</summary>
    public IReadOnlyList<TwsComboLeg> ComboLegs { get; init; } = [];

    public bool IsCombo => string.Equals(SecurityType, TwsSecurityType.Combo, StringComparison.Ordinal);
}
