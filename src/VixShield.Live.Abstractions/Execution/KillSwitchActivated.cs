using NodaTime;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Abstractions.Execution;

/// <summary>The kill switch is on: no new orders pass, and the working orders listed were sent cancels.</summary>
public sealed record KillSwitchActivated(string AccountId, Instant EventTime, string Reason, IReadOnlyList<ClientOrderId> CancelledOrders)
    : ExecutionEvent(AccountId, EventTime);
