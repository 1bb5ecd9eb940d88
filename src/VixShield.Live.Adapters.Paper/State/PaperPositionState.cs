using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Adapters.Paper.State;

/// <summary>One position of the paper account as saved.</summary>
/// <param name="Quantity">Signed contracts.</param>
/// <param name="CostBasis">Opening price x contracts of the open quantity, in points.</param>
/// <param name="RealisedPnl">Dollars realised since the position last opened from flat.</param>
public sealed record PaperPositionState(Instrument Instrument, int Quantity, decimal CostBasis, decimal RealisedPnl);
