namespace VixShield.Live.Domain.Orders;

/// <summary>Whether an order's limit price is paid (debit) or received (credit) per unit.</summary>
/// <remarks>A combo's legs carry their own sides, so its net price can be either; a single-leg buy is a debit and a
/// single-leg sell a credit.</remarks>
public enum PriceEffect : byte
{
    Debit = 0,
    Credit = 1,
}
