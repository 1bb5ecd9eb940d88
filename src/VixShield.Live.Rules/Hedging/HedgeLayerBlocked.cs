using NodaTime;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Rules.Blackouts;
using VixShield.Live.Rules.Risk;

namespace VixShield.Live.Rules.Hedging;

/// <summary>A layer was wanted (its condition held) but not bought: "L1 wanted, blocked by CPI 08:30".</summary>
/// <remarks>Reported once per episode: again only when the cause changes, or after the condition went false or the layer opened.</remarks>
/// <param name="Cause">What blocked it.</param>
/// <param name="Window">The blackout window, for <see cref="HedgeBlockCause.Blackout"/>.</param>
/// <param name="RiskLimit">The binding limit, for <see cref="HedgeBlockCause.RiskLimit"/>.</param>
public sealed record HedgeLayerBlocked(
    Instant Time,
    string? LayerId,
    string Reason,
    IReadOnlyList<AlertValue> Values,
    HedgeBlockCause Cause,
    BlackoutWindow? Window,
    RiskLimitKind RiskLimit)
    : HedgeDecision(Time, LayerId, Reason, Values)
{
    public override string Type => "hedge.layer.blocked";
}
