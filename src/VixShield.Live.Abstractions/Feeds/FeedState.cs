namespace VixShield.Live.Abstractions.Feeds;

/// <summary>Lifecycle of a market-data feed as the operator sees it.</summary>
public enum FeedState : byte
{
    Started = 0,
    Connected = 1,
    Disconnected = 2,
    Stopped = 3,
    Failed = 4,
}
