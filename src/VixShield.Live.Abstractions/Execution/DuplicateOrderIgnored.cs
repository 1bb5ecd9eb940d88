using NodaTime;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Abstractions.Execution;

/// <summary>A submit reused a client order id that already names an order; nothing was sent again.</summary>
public sealed record DuplicateOrderIgnored(ClientOrderId ClientOrderId, string AccountId, Instant EventTime, string Reason)
    : OrderEvent(ClientOrderId, AccountId, EventTime);
