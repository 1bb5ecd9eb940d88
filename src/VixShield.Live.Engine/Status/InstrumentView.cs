namespace VixShield.Live.Engine.Status;

/// <summary>An index's last accepted price and whether it is stale.</summary>
public sealed record InstrumentView(string Symbol, decimal? Price, string? LastQuoteTime, bool Stale);
