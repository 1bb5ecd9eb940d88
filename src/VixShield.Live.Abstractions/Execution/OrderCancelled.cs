using NodaTime;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Abstractions.Execution;

/// <summary>The order's working remainder was cancelled (on request, at the end of its time in force, at the expiry of
/// an instrument, or by the kill switch). Terminal.</summary>
/// <param name="Reason">Why, in words.</param>
/// <param name="FilledQuantity">Units that had filled before the cancel.</param>
public sealed record OrderCancelled(ClientOrderId ClientOrderId, string AccountId, Instant EventTime, string Reason, int FilledQuantity)
    : OrderEvent(ClientOrderId, AccountId, EventTime);
