using NodaTime;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Rules.Hedging;

/// <summary>An open layer follows a scalar change (resize policy enabled): buys or sells the difference.</summary>
public sealed record HedgeLayerResized(
    Instant Time,
    string? LayerId,
    string Reason,
    IReadOnlyList<AlertValue> Values,
    HedgeOrderIntent Order,
    int PreviousContracts,
    int Contracts,
    double Scalar)
    : HedgeDecision(Time, LayerId, Reason, Values)
{
    public override string Type => "hedge.layer.resized";

    public override IReadOnlyList<HedgeOrderIntent> Orders => [Order];
}
