namespace VixShield.Live.Engine.Status;

/// <summary>An open condor as the operator sees it.</summary>
public sealed record CondorView(
    string Expiry,
    decimal LongPut,
    decimal ShortPut,
    decimal ShortCall,
    decimal LongCall,
    int Quantity,
    decimal Credit,
    decimal LastMark,
    decimal UnrealisedPnl,
    IReadOnlyList<string> StopsFired);
