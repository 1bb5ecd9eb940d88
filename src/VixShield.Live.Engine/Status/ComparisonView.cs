namespace VixShield.Live.Engine.Status;

/// <summary>The latest daily comparison: one row per strategy.</summary>
public sealed record ComparisonView(string Expiry, string Time, string Reason, IReadOnlyList<ComparisonRowView> Rows);
