using NodaTime;

namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>Something TWS told us, or a change of the connection, as published on <c>TwsClient.Events</c>.</summary>
public abstract record TwsEvent
{
    /// <summary>When the client's reader loop received the frame (from the injected clock).</summary>
    public Instant ReceivedTime { get; init; }
}
