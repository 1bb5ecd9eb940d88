namespace VixShield.Live.Adapters.Paper.Pricing;

/// <summary>A bid and ask for one contract, in points.</summary>
public readonly record struct PaperQuote(decimal Bid, decimal Ask)
{
    public decimal Mid => (Bid + Ask) / 2m;

    public decimal Spread => Ask - Bid;
}
