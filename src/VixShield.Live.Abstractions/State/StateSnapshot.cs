using NodaTime;

namespace VixShield.Live.Abstractions.State;

/// <summary>The engine's resumable state: an opaque, versioned JSON document and how far processing got.</summary>
/// <param name="FormatVersion">Version of the payload's shape (1 or more), so a newer build can refuse or migrate an older one.</param>
/// <param name="Watermark">The last processed event's position (never decreases): on restart, everything at or below it
/// is already reflected in <paramref name="Payload"/> and must not be acted on again.</param>
/// <param name="MarketTime">Market time at the watermark.</param>
/// <param name="Payload">The engine state as JSON (open condor, hedge layers, working orders, indicator state, sent ids).</param>
public sealed record StateSnapshot(int FormatVersion, long Watermark, Instant MarketTime, string Payload);
