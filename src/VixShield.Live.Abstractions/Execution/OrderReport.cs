using NodaTime;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Abstractions.Execution;

/// <summary>An order as the venue knows it (reconciliation query result).</summary>
/// <param name="VenueOrderId">The venue's id for the order.</param>
/// <param name="FilledQuantity">Units filled so far.</param>
/// <param name="AverageNetPrice">Average net price per filled unit (positive paid, negative received); null before any fill.</param>
/// <param name="AcceptedTime">When the venue accepted it.</param>
public sealed record OrderReport(
    SubmitOrder Order,
    string VenueOrderId,
    string AccountId,
    OrderStatus Status,
    int FilledQuantity,
    decimal? AverageNetPrice,
    Instant AcceptedTime)
{
    public ClientOrderId ClientOrderId => Order.ClientOrderId;

    public int RemainingQuantity => Status is OrderStatus.Working or OrderStatus.PartiallyFilled ? Order.Quantity - FilledQuantity : 0;
}
