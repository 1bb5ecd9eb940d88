using VixShield.Live.Domain.Condors;
using VixShield.Live.Rules.ShadowStops;

namespace VixShield.Live.Engine.Condors;

/// <summary>One proposed condor being followed to expiry, with its shadow stop-loss strategies.</summary>
public sealed class CondorPosition(CondorProposal proposal, CondorMarkToMarket marking, ShadowStrategySet shadows)
{
    public CondorProposal Proposal { get; } = proposal;

    public IronCondor Condor => Proposal.Condor;

    public CondorMarkToMarket Marking { get; } = marking;

    public ShadowStrategySet Shadows { get; } = shadows;

    /// <summary>The expected daily move at entry (SPX x VIX/100 / sqrt(252)): the unit of "move in sigmas" for this condor.</summary>
    public double SigmaAtEntry { get; init; }

    /// <summary>The latest cost to close, in points per condor.</summary>
    public decimal LastMark { get; set; }
}
