using NodaTime;

namespace VixShield.Live.Rules.ShadowStops;

/// <summary>Everything a <see cref="ShadowStrategy"/> has accumulated, for a restart to resume it exactly.</summary>
/// <param name="Name">The strategy's name (<c>hold-to-expiry</c>, <c>stop-1x</c>); it matches the restored strategy.</param>
/// <param name="Peak">Running peak of the P&amp;L path, in points per condor.</param>
/// <param name="LastMarkTime">Time of the last mark, or null before the first.</param>
public sealed record ShadowStrategyState(
    string Name,
    decimal Peak,
    Instant? LastMarkTime,
    ShadowStopFired? Fired,
    bool IsSettled,
    decimal ProfitAndLoss,
    decimal MaxDrawdown);
