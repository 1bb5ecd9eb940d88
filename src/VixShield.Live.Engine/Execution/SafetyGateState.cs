using NodaTime;

namespace VixShield.Live.Engine.Execution;

/// <summary>What the safety gate must remember across a restart: the switches, the order rate window, orders in flight
/// and each hedge layer's exposure, so that a restart never resets a limit or forgets a kill switch.</summary>
/// <param name="PauseReason">Why execution is paused, or null.</param>
/// <param name="KillSwitchReason">Why the kill switch is on, or null.</param>
/// <param name="RecentApprovals">Times of the approvals still inside the rate window, oldest first.</param>
public sealed record SafetyGateState(
    string? PauseReason,
    string? KillSwitchReason,
    IReadOnlyList<Instant> RecentApprovals,
    IReadOnlyList<GatedOrderState> OrdersInFlight,
    IReadOnlyList<HedgeLayerExposureState> Layers);
