namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>Counts since the feed started, for logs and the status endpoint.</summary>
/// <param name="QuotesWritten">Quotes written into the engine's channel.</param>
/// <param name="QuotesCoalesced">Quotes superseded by a newer one of the same symbol while the channel was full.</param>
/// <param name="NoDataRejected">Ticks of -1 (or NaN, infinite, unset), not written.</param>
/// <param name="NotPositiveRejected">Ticks of zero or below, not written.</param>
/// <param name="JumpRejected">Ticks beyond the jump fraction that were held and not written.</param>
/// <param name="JumpsConfirmed">Jumps accepted after consecutive confirming ticks.</param>
public sealed record InteractiveBrokersFeedStatistics(
    long QuotesWritten,
    long QuotesCoalesced,
    long NoDataRejected,
    long NotPositiveRejected,
    long JumpRejected,
    long JumpsConfirmed);
