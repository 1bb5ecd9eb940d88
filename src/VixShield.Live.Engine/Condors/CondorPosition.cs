using NodaTime;
using VixShield.Live.Domain.Condors;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Rules.ShadowStops;

namespace VixShield.Live.Engine.Condors;

/// <summary>One proposed condor being followed to expiry, with its shadow stop-loss strategies.</summary>
public sealed class CondorPosition(CondorProposal proposal, CondorMarkToMarket marking, ShadowStrategySet shadows)
{
    private decimal lastMark;
    private bool markPending;
    private Instant pendingTime;
    private double pendingSpx;
    private VolatilityTermStructure pendingTermStructure;

    public CondorProposal Proposal { get; } = proposal;

    public IronCondor Condor => Proposal.Condor;

    public CondorMarkToMarket Marking { get; } = marking;

    public ShadowStrategySet Shadows { get; } = shadows;

    /// <summary>The expected daily move at entry (SPX x VIX/100 / sqrt(252)): the unit of "move in sigmas" for this condor.</summary>
    public double SigmaAtEntry { get; init; }

    /// <summary>The latest cost to close, in points per condor: the model mark at the last SPX or VIX quote.</summary>
    /// <remarks>A quote the book did not need to price (<see cref="CondorBook.Observe"/>) is priced here, when someone
    /// reads the mark, so every reader sees the mark of the last quote.</remarks>
    public decimal LastMark
    {
        get
        {
            if (markPending)
            {
                lastMark = PriceConversion.ToPrice(Marking.MarkValue(pendingTime, pendingSpx, pendingTermStructure));
                markPending = false;
            }

            return lastMark;
        }

        set
        {
            lastMark = value;
            markPending = false;
        }
    }

    /// <summary>The last full valuation, which <see cref="CondorMarkToMarket.Ceiling"/> bounds later marks from; null before the first.</summary>
    internal CondorPricing? LastPricing { get; set; }

    /// <summary>The lowest mark (model number) at which an armed shadow stop fires; infinity when none is armed.</summary>
    internal double LowestStopMark { get; set; } = double.PositiveInfinity;

    /// <summary>Takes the levels of a quote without pricing them; <see cref="LastMark"/> prices them if it is read.</summary>
    internal void Defer(Instant time, double spx, in VolatilityTermStructure termStructure)
    {
        pendingTime = time;
        pendingSpx = spx;
        pendingTermStructure = termStructure;
        markPending = true;
    }
}
