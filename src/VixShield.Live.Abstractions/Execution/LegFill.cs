using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Abstractions.Execution;

/// <summary>What one leg of a fill traded.</summary>
/// <param name="Quantity">Contracts (or shares) of this leg: units filled x the leg's ratio.</param>
/// <param name="Price">Price per contract in points (never negative).</param>
/// <param name="Fees">Commission and exchange fees for this leg, in dollars.</param>
public sealed record LegFill(Instrument Instrument, OrderSide Side, int Quantity, decimal Price, decimal Fees)
{
    /// <summary>Dollars this leg moved into the account before fees: received for a sale, negative (paid) for a buy.</summary>
    public decimal CashAmount => (Side == OrderSide.Buy ? -1m : 1m) * Price * Quantity * Instrument.Multiplier;
}
