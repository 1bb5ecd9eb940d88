namespace VixShield.Live.Domain.Orders;

/// <summary>One leg of an order: what, which side, and how many contracts per unit of the order.</summary>
/// <param name="Instrument">The contract.</param>
/// <param name="Side">Buy or sell, as executed when the order fills.</param>
/// <param name="Ratio">Contracts (or shares) of this leg per unit of the order; at least 1.</param>
public readonly record struct OrderLeg(Instrument Instrument, OrderSide Side, int Ratio = 1)
{
    /// <summary>+1 for a buy, -1 for a sell: the sign of the position change and of the price paid.</summary>
    public int Sign => Side == OrderSide.Buy ? 1 : -1;

    public override string ToString() =>
        (Side == OrderSide.Buy ? "BUY " : "SELL ") + (Ratio == 1 ? string.Empty : Ratio.ToString(System.Globalization.CultureInfo.InvariantCulture) + "x ") + Instrument;
}
