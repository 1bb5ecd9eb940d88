namespace VixShield.Live.Reports.Comparison;

/// <summary>How one arm did on one condor, in dollars for the whole position (points x 100 x quantity).</summary>
/// <param name="Key">The arm's alert key prefix (<see cref="ComparisonArm.Key"/>).</param>
/// <param name="ProfitAndLoss">Realised P&amp;L of the condor (and, for a hedged arm, of its hedge book) over its life.</param>
/// <param name="MaxDrawdown">Largest fall of the arm's P&amp;L from its running peak during the condor's life (zero or more).</param>
/// <param name="Stopped">True when a stop-loss arm exited before expiry.</param>
/// <param name="LayersOpened">Hedge layers a hedged arm opened for this condor.</param>
/// <param name="HedgeCost">Premium a hedged arm paid for layers bought for this condor.</param>
public sealed record ArmDay(string Key, decimal ProfitAndLoss, decimal MaxDrawdown, bool Stopped, int LayersOpened, decimal HedgeCost);
