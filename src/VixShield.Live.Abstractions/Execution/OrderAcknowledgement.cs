using NodaTime;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Abstractions.Execution;

/// <summary>The immediate answer of an execution adapter to a submit or cancel request.</summary>
/// <param name="Reason">Why, for <see cref="AcknowledgementStatus.Rejected"/> and <see cref="AcknowledgementStatus.Duplicate"/>; null when accepted.</param>
/// <param name="Time">When the adapter answered (its injected clock).</param>
public sealed record OrderAcknowledgement(ClientOrderId ClientOrderId, AcknowledgementStatus Status, string? Reason, Instant Time)
{
    public bool IsAccepted => Status == AcknowledgementStatus.Accepted;

    public static OrderAcknowledgement Accepted(ClientOrderId clientOrderId, Instant time) =>
        new(clientOrderId, AcknowledgementStatus.Accepted, null, time);

    public static OrderAcknowledgement Rejected(ClientOrderId clientOrderId, string reason, Instant time) =>
        new(clientOrderId, AcknowledgementStatus.Rejected, reason, time);

    public static OrderAcknowledgement Duplicate(ClientOrderId clientOrderId, string reason, Instant time) =>
        new(clientOrderId, AcknowledgementStatus.Duplicate, reason, time);
}
