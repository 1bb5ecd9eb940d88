using NodaTime;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Abstractions.Execution;

/// <summary>The order was not sent anywhere because execution is in alerts-only mode: it becomes an alert
/// ("would submit ..."). Terminal.</summary>
public sealed record OrderWithheld(ClientOrderId ClientOrderId, string AccountId, Instant EventTime, SubmitOrder Order, string Reason)
    : OrderEvent(ClientOrderId, AccountId, EventTime);
