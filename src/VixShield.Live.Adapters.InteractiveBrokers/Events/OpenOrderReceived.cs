using VixShield.Live.Adapters.InteractiveBrokers.Contracts;

namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>OPEN_ORDER (5): a working order, decoded up to its combo legs and routing parameters.</summary>
/// <remarks>
/// OPEN_ORDER carries about 150 conditional fields; reconciliation needs the identity, contract, side, size, price
/// and order reference, so the decoder reads those (in the official order) and skips the rest of the frame. The
/// order's state arrives in the ORDER_STATUS that TWS sends with every OPEN_ORDER.
/// </remarks>
/// <param name="Contract">The order's contract, with combo legs for a BAG.</param>
/// <param name="OrderReference">The text we set as order reference (our client order id).</param>
public sealed record OpenOrderReceived(
    int OrderId,
    TwsContract Contract,
    TwsOrderAction Action,
    decimal TotalQuantity,
    string OrderType,
    decimal? LimitPrice,
    decimal? AuxiliaryPrice,
    string TimeInForce,
    string Account,
    string OrderReference,
    int ClientId,
    long PermId,
    int ParentId,
    IReadOnlyList<decimal?> ComboLegPrices,
    IReadOnlyList<TwsTagValue> SmartComboRoutingParameters) : TwsEvent;
