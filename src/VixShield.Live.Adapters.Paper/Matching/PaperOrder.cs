using NodaTime;
using VixShield.Live.Abstractions.Execution;

namespace VixShield.Live.Adapters.Paper.Matching;

/// <summary>The paper broker's record of one accepted order.</summary>
internal sealed class PaperOrder(SubmitOrder order, string venueOrderId, Instant acceptedTime, Instant expiresAt, string expiryReason)
{
    public SubmitOrder Order { get; } = order;

    public string VenueOrderId { get; } = venueOrderId;

    public Instant AcceptedTime { get; } = acceptedTime;

    /// <summary>When the working remainder is cancelled: the end of a Day order's session, or the earliest last trading
    /// time of its legs.</summary>
    public Instant ExpiresAt { get; } = expiresAt;

    /// <summary>Why the order ends at <see cref="ExpiresAt"/>, for its cancel event.</summary>
    public string ExpiryReason { get; } = expiryReason;

    public OrderStatus Status { get; set; } = OrderStatus.Working;

    public int FilledQuantity { get; private set; }

    /// <summary>Sum of net price x units over fills, for the average net price.</summary>
    public decimal FilledNetPoints { get; private set; }

    public int RemainingQuantity => Order.Quantity - FilledQuantity;

    public bool IsOpen => Status is OrderStatus.Working or OrderStatus.PartiallyFilled;

    public void RecordFill(int quantity, decimal netPrice)
    {
        FilledQuantity += quantity;
        FilledNetPoints += netPrice * quantity;
        Status = RemainingQuantity == 0 ? OrderStatus.Filled : OrderStatus.PartiallyFilled;
    }

    /// <summary>Sets the fill progress as saved before a restart.</summary>
    public void Restore(OrderStatus status, int filledQuantity, decimal filledNetPoints)
    {
        Status = status;
        FilledQuantity = filledQuantity;
        FilledNetPoints = filledNetPoints;
    }

    public OrderReport ToReport(string accountId) =>
        new(Order, VenueOrderId, accountId, Status, FilledQuantity, FilledQuantity == 0 ? null : FilledNetPoints / FilledQuantity, AcceptedTime);
}
