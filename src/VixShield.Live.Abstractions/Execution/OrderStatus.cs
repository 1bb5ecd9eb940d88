namespace VixShield.Live.Abstractions.Execution;

/// <summary>Where an order is in its life.</summary>
public enum OrderStatus : byte
{
    Working = 0,
    PartiallyFilled = 1,
    Filled = 2,
    Cancelled = 3,
    Rejected = 4,
    Withheld = 5,
}
