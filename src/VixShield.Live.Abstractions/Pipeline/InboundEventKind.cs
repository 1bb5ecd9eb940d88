namespace VixShield.Live.Abstractions.Pipeline;

/// <summary>What an <see cref="InboundEvent"/> carries.</summary>
public enum InboundEventKind : byte
{
    /// <summary>A market quote; the payload is <see cref="InboundEvent.Quote"/>.</summary>
    Quote = 0,

    /// <summary>Time has passed with no market event; lets the loop run due schedule items and staleness checks.</summary>
    Heartbeat = 1,

    /// <summary>A feed connection or lifecycle change; the payload is a <see cref="Feeds.FeedStatusChanged"/>.</summary>
    FeedStatus = 2,

    /// <summary>A question for the loop (status for the operator's window); answered from the loop's own thread so the
    /// state is never read half-updated. Carries no market time.</summary>
    Query = 3,

    /// <summary>An execution adapter reports an order's fate (accepted, filled, rejected, cancelled).</summary>
    OrderEvent = 4,
}
