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
}
