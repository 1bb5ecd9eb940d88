using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Engine.Execution;

/// <summary>What the safety gate knows of one hedge layer: premium paid, units held, contracts, orders in flight.</summary>
internal sealed class HedgeLayerExposure(string layerId)
{
    public string LayerId { get; } = layerId;

    /// <summary>Premium paid for the units still held, in dollars (fees excluded).</summary>
    public decimal CostDollars { get; set; }

    public int HeldUnits { get; set; }

    /// <summary>Hedge-open orders for this layer that are approved and not yet finished.</summary>
    public int OpeningOrders { get; set; }

    public HashSet<Instrument> Instruments { get; } = [];

    public bool IsOpen => HeldUnits > 0 || OpeningOrders > 0;
}
