using NodaTime;
using VixShield.Live.Domain.Instruments;

namespace VixShield.Live.Engine.Health;

/// <summary>One watched index in the feed health monitor: its last quote (<see cref="Instant.MinValue"/> when none yet)
/// and whether a stale episode is in progress.</summary>
public sealed record IndexHealth(MarketSymbol Symbol, Instant LastQuote, bool IsStale);
