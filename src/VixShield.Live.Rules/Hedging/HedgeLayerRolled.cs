using NodaTime;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Rules.Hedging;

/// <summary>A layer aged out of its DTE band: the old contract is sold and the layer bought again at its configured DTE.</summary>
public sealed record HedgeLayerRolled(
    Instant Time,
    string? LayerId,
    string Reason,
    IReadOnlyList<AlertValue> Values,
    HedgeOrderIntent CloseOrder,
    HedgeOrderIntent OpenOrder)
    : HedgeDecision(Time, LayerId, Reason, Values)
{
    public override string Type => "hedge.layer.rolled";

    public override IReadOnlyList<HedgeOrderIntent> Orders => [CloseOrder, OpenOrder];
}
