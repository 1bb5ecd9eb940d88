using NodaTime;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Rules.Hedging;

/// <summary>A layer is flat: sold (with an order) or cash-settled at expiry (no order).</summary>
/// <param name="Order">The sell, or null when the option settled.</param>
/// <param name="Cause">Why it closed.</param>
/// <param name="RealisedProfitDollars">Proceeds (at the limit or the settlement) minus the cost of the contracts closed.</param>
public sealed record HedgeLayerClosed(
    Instant Time,
    string? LayerId,
    string Reason,
    IReadOnlyList<AlertValue> Values,
    HedgeOrderIntent? Order,
    HedgeLayerCloseCause Cause,
    decimal RealisedProfitDollars)
    : HedgeDecision(Time, LayerId, Reason, Values)
{
    public override string Type => "hedge.layer.closed";

    public override IReadOnlyList<HedgeOrderIntent> Orders => Order is null ? [] : [Order];
}
