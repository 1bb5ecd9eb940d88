using NodaTime;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Abstractions.Execution;

/// <summary>The order was refused and will never fill. Terminal.</summary>
/// <param name="Order">The order, when the reporter has it (always for adapter and safety-gate refusals).</param>
/// <param name="Reason">Why, naming the rule or limit and the values that decided it.</param>
/// <param name="Values">The values behind the reason (limit, actual value...), for machine-readable alerts.</param>
public sealed record OrderRejected(
    ClientOrderId ClientOrderId,
    string AccountId,
    Instant EventTime,
    SubmitOrder? Order,
    RejectionSource Source,
    string Reason,
    IReadOnlyList<AlertValue> Values)
    : OrderEvent(ClientOrderId, AccountId, EventTime);
