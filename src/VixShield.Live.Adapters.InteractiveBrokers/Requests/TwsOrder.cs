using VixShield.Live.Adapters.InteractiveBrokers.Contracts;

namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>The order fields this daemon sets; every other official order field is sent with its official default.</summary>
public sealed record TwsOrder
{
    public required TwsOrderAction Action { get; init; }

    /// <summary>Contracts (or combo units) to trade; must be positive.</summary>
    public required decimal TotalQuantity { get; init; }

    public required TwsOrderType OrderType { get; init; }

    /// <summary>Limit price; for a combo the net price per unit (negative = credit, by the legs' definition).</summary>
    public decimal? LimitPrice { get; init; }

    /// <summary>Stop trigger for stop orders.</summary>
    public decimal? AuxiliaryPrice { get; init; }

    public TwsTimeInForce TimeInForce { get; init; } = TwsTimeInForce.Day;

    /// <summary>Account to trade in; empty lets TWS use the only account.</summary>
    public string Account { get; init; } = string.Empty;

    /// <summary>Free text TWS returns in OPEN_ORDER and EXECUTION_DATA: our client order id, for reconciliation.</summary>
    public string OrderReference { get; init; } = string.Empty;

    public bool Transmit { get; init; } = true;

    public int ParentId { get; init; }

    public bool OutsideRegularTradingHours { get; init; }

    /// <summary>Per-leg limit prices of a combo (rare); empty for a net-priced combo.</summary>
    public IReadOnlyList<decimal?> ComboLegPrices { get; init; } = [];

    /// <summary>SMART combo routing parameters, e.g. <c>NonGuaranteed=1</c> to allow leg-by-leg execution.</summary>
    public IReadOnlyList<TwsTagValue> SmartComboRoutingParameters { get; init; } = [];
}
