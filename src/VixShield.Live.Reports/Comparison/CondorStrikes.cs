namespace VixShield.Live.Reports.Comparison;

/// <summary>The strikes of a day's condor and the SPX level it was proposed at, from its <c>condor.proposed</c> alert.</summary>
public sealed record CondorStrikes(decimal LongPut, decimal ShortPut, decimal ShortCall, decimal LongCall, decimal EntrySpx);
