namespace VixShield.Live.Engine.Status;

/// <summary>One strategy's result in a daily comparison, in points per condor.</summary>
public sealed record ComparisonRowView(string Strategy, decimal Pnl, decimal MaxDrawdown, bool Stopped);
