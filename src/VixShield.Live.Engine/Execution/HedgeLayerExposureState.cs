using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Engine.Execution;

/// <summary>One hedge layer as the safety gate counts it: premium paid, units held, contracts and orders in flight.</summary>
public sealed record HedgeLayerExposureState(string LayerId, decimal CostDollars, int HeldUnits, int OpeningOrders, IReadOnlyList<Instrument> Instruments);
