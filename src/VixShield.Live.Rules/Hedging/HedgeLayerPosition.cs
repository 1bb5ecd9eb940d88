using NodaTime;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Rules.Hedging;

/// <summary>An open hedge layer as the engine books it (filled at its limit prices).</summary>
/// <param name="LayerId">e.g. <c>L1</c>.</param>
/// <param name="LayerNumber">1-based position in the ruleset.</param>
/// <param name="Instrument">The contract held.</param>
/// <param name="Contracts">Contracts held.</param>
/// <param name="UnitCost">Average price paid per contract, in points.</param>
/// <param name="Mark">Latest model value per contract, in points.</param>
/// <param name="OpenedAt">When the layer opened (or was last rolled).</param>
/// <param name="IsMonetized">Part of it has been sold at the profit multiple (it is not monetised twice).</param>
public sealed record HedgeLayerPosition(
    string LayerId,
    int LayerNumber,
    Instrument Instrument,
    int Contracts,
    decimal UnitCost,
    decimal Mark,
    Instant OpenedAt,
    bool IsMonetized)
{
    public decimal CostDollars => UnitCost * Contracts * Instrument.Multiplier;

    public decimal MarkDollars => Mark * Contracts * Instrument.Multiplier;
}
