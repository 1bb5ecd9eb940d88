using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Adapters.Paper.Accounting;

/// <summary>One contract's position on average cost.</summary>
/// <remarks>The cost basis is kept as a total (points x contracts) rather than an average, so that a position opened
/// and closed in full realises exactly its cash flows, with no rounding from dividing by the quantity.</remarks>
internal sealed class PaperPosition(Instrument instrument)
{
    public Instrument Instrument { get; } = instrument;

    /// <summary>Signed contracts: positive long, negative short.</summary>
    public int Quantity { get; private set; }

    /// <summary>Opening price x contracts of the open quantity, in points (never negative).</summary>
    public decimal CostBasis { get; private set; }

    /// <summary>Dollars realised since the position last opened from flat.</summary>
    public decimal RealisedPnl { get; private set; }

    public decimal AveragePrice => Quantity == 0 ? 0m : CostBasis / Math.Abs(Quantity);

    /// <summary>Sets the position as saved before a restart.</summary>
    public void Restore(int quantity, decimal costBasis, decimal realisedPnl)
    {
        Quantity = quantity;
        CostBasis = costBasis;
        RealisedPnl = realisedPnl;
    }

    /// <summary>Trades <paramref name="change"/> contracts at <paramref name="price"/>; returns the dollars realised.</summary>
    public decimal Apply(int change, decimal price)
    {
        if (Quantity == 0)
        {
            RealisedPnl = 0m;
        }

        if (Quantity == 0 || Math.Sign(change) == Math.Sign(Quantity))
        {
            CostBasis += price * Math.Abs(change);
            Quantity += change;
            return 0m;
        }

        var held = Math.Abs(Quantity);
        var closing = Math.Min(Math.Abs(change), held);
        var released = closing == held ? CostBasis : CostBasis * closing / held;
        var realised = ((price * closing) - released) * Math.Sign(Quantity) * Instrument.Multiplier;
        CostBasis -= released;
        Quantity += Math.Sign(change) * closing;
        var opening = Math.Abs(change) - closing;
        if (opening > 0)
        {
            CostBasis = price * opening;
            Quantity = Math.Sign(change) * opening;
        }

        RealisedPnl += realised;
        return realised;
    }
}
