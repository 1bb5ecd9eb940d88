namespace VixShield.Live.Adapters.InteractiveBrokers.Contracts;

/// <summary>Side of an order or combo leg; written as BUY, SELL or SSHORT.</summary>
public enum TwsOrderAction : byte
{
    Buy = 0,
    Sell = 1,
    SellShort = 2,
}
