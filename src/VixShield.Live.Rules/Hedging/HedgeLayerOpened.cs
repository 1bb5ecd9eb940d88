using NodaTime;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Rules.Hedging;

/// <summary>A layer's open condition held, every gate passed, and the engine buys it.</summary>
/// <param name="Order">The buy.</param>
/// <param name="Scalar">The scalar the size was computed with.</param>
/// <param name="FuturesLevel">The VIX futures level of the option's expiry used for pricing.</param>
/// <param name="DaysToExpiry">Calendar days from today to the option's expiry.</param>
public sealed record HedgeLayerOpened(
    Instant Time,
    string? LayerId,
    string Reason,
    IReadOnlyList<AlertValue> Values,
    HedgeOrderIntent Order,
    double Scalar,
    decimal FuturesLevel,
    int DaysToExpiry)
    : HedgeDecision(Time, LayerId, Reason, Values)
{
    public override string Type => "hedge.layer.opened";

    public override IReadOnlyList<HedgeOrderIntent> Orders => [Order];
}
