namespace VixShield.Live.Hosting;

/// <summary>The real clock, kept apart from the market clock (which is the daemon's <see cref="TimeProvider"/> in
/// simulation and replay) so that it is used only for pacing and throughput figures, never for decisions.</summary>
public sealed record WallClock(TimeProvider Provider);
