namespace VixShield.Live.Engine.State;

/// <summary>What a restore brought back, in words for the start-up log.</summary>
/// <param name="Summary">One line: condors, hedge layers, the venue's account, bars re-warmed, last processed time.</param>
/// <param name="Notes">Where the saved state and the configuration differed, and decisions the restore took (a missed
/// condor entry, orders waiting for the broker); each one a warning in the log.</param>
public sealed record EngineRestoreReport(string Summary, IReadOnlyList<string> Notes);
