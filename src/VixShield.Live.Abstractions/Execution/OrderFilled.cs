using NodaTime;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Abstractions.Execution;

/// <summary>Some or all of the order traded. A combo fills all its legs together, in its ratios.</summary>
/// <param name="FillId">The venue's id of this execution.</param>
/// <param name="Quantity">Units filled by this execution.</param>
/// <param name="CumulativeQuantity">Units filled so far, this execution included.</param>
/// <param name="RemainingQuantity">Units still working; zero when the order is complete.</param>
/// <param name="NetPrice">Net price per unit in points: positive paid (debit), negative received (credit).</param>
/// <param name="Legs">Per-leg quantity, price and fees.</param>
public sealed record OrderFilled(
    ClientOrderId ClientOrderId,
    string AccountId,
    Instant EventTime,
    string FillId,
    int Quantity,
    int CumulativeQuantity,
    int RemainingQuantity,
    decimal NetPrice,
    IReadOnlyList<LegFill> Legs)
    : OrderEvent(ClientOrderId, AccountId, EventTime)
{
    public bool IsComplete => RemainingQuantity == 0;

    /// <summary>Fees of all legs, in dollars.</summary>
    public decimal Fees => Legs.Sum(leg => leg.Fees);

    /// <summary>Dollars moved into the account by the trades, before fees (negative when paid).</summary>
    public decimal CashAmount => Legs.Sum(leg => leg.CashAmount);
}
