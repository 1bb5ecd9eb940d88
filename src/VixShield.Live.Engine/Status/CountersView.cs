namespace VixShield.Live.Engine.Status;

/// <summary>The decision loop's counters since start.</summary>
public sealed record CountersView(long Events, long Quotes, long QuotesRejected, long Bars, long Alerts, int InboundDepth, int AlertDepth);
