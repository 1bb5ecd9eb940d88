namespace VixShield.Live.Domain.Orders;

/// <summary>Whether a leg buys or sells its instrument.</summary>
public enum OrderSide : byte
{
    Buy = 0,
    Sell = 1,
}
