using NodaTime;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Abstractions.Execution;

/// <summary>A cancel request could not be carried out (unknown order, already filled or cancelled).</summary>
public sealed record OrderCancelRejected(ClientOrderId ClientOrderId, string AccountId, Instant EventTime, string Reason)
    : OrderEvent(ClientOrderId, AccountId, EventTime);
