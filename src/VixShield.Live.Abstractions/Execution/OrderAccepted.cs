using NodaTime;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Abstractions.Execution;

/// <summary>The venue accepted the order; it is working until filled, cancelled or expired. Always the order's first event.</summary>
/// <param name="Order">The order as submitted.</param>
/// <param name="VenueOrderId">The venue's own id for it (P-1, or the broker's order id).</param>
public sealed record OrderAccepted(ClientOrderId ClientOrderId, string AccountId, Instant EventTime, SubmitOrder Order, string VenueOrderId)
    : OrderEvent(ClientOrderId, AccountId, EventTime);
