using NodaTime;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Rules.Hedging;

/// <summary>A layer's mark reached the configured multiple of its cost and part of it is sold.</summary>
public sealed record HedgeLayerMonetized(
    Instant Time,
    string? LayerId,
    string Reason,
    IReadOnlyList<AlertValue> Values,
    HedgeOrderIntent Order,
    int ContractsRemaining,
    decimal Mark,
    decimal UnitCost)
    : HedgeDecision(Time, LayerId, Reason, Values)
{
    public override string Type => "hedge.layer.monetized";

    public override IReadOnlyList<HedgeOrderIntent> Orders => [Order];
}
