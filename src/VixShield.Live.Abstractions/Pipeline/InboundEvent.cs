using NodaTime;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Abstractions.Pipeline;

/// <summary>One item on the engine's inbound channel.</summary>
/// <remarks>A struct with an inline <see cref="Quote"/> so the quote path allocates nothing; rarer events carry
/// a reference payload.</remarks>
public readonly struct InboundEvent
{
    private InboundEvent(InboundEventKind kind, Instant eventTime, in Quote quote, object? payload)
    {
        Kind = kind;
        EventTime = eventTime;
        Quote = quote;
        Payload = payload;
    }

    public InboundEventKind Kind { get; }

    /// <summary>Market time of the event; the decision loop processes events in this order.</summary>
    public Instant EventTime { get; }

    /// <summary>The quote when <see cref="Kind"/> is <see cref="InboundEventKind.Quote"/>; default otherwise.</summary>
    public Quote Quote { get; }

    /// <summary>The payload of non-quote events.</summary>
    public object? Payload { get; }

    public static InboundEvent ForQuote(in Quote quote) => new(InboundEventKind.Quote, quote.EventTime, quote, null);

    public static InboundEvent ForHeartbeat(Instant time) => new(InboundEventKind.Heartbeat, time, default, null);

    /// <summary>A query: its time is <see cref="Instant.MinValue"/> so it never moves market time.</summary>
    public static InboundEvent ForQuery(object query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new(InboundEventKind.Query, Instant.MinValue, default, query);
    }

    public static InboundEvent ForOrderEvent(Instant eventTime, object orderEvent)
    {
        ArgumentNullException.ThrowIfNull(orderEvent);
        return new(InboundEventKind.OrderEvent, eventTime, default, orderEvent);
    }

    public static InboundEvent ForFeedStatus(FeedStatusChanged status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new(InboundEventKind.FeedStatus, status.EventTime, default, status);
    }
}
