using NodaTime;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Abstractions.Execution;

/// <summary>An event in the life of one order, identified by its client order id.</summary>
public abstract record OrderEvent(ClientOrderId ClientOrderId, string AccountId, Instant EventTime) : ExecutionEvent(AccountId, EventTime);
