namespace VixShield.Live.Adapters.Replay.Parsing;

/// <summary>A row that loaded only after a documented correction; kept so nothing changes silently.</summary>
/// <param name="LineNumber">1-based physical line in the file.</param>
/// <param name="Description">What was changed, with the original and the new values.</param>
public sealed record BarRepair(int LineNumber, BarRepairKind Kind, string Description);
