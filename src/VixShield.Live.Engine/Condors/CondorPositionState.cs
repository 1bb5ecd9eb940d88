using VixShield.Live.Domain.Condors;
using VixShield.Live.Rules.ShadowStops;

namespace VixShield.Live.Engine.Condors;

/// <summary>One followed condor: the proposal it was opened on, its last mark and its shadow strategies so far.</summary>
/// <param name="SigmaAtEntry">The expected daily move at entry, in SPX points.</param>
/// <param name="LastMark">The latest cost to close, in points per condor.</param>
public sealed record CondorPositionState(
    CondorProposal Proposal,
    double SigmaAtEntry,
    decimal LastMark,
    IReadOnlyList<ShadowStrategyState> Shadows);
