using NodaTime;
using VixShield.Live.Rules.Risk;

namespace VixShield.Live.Rules.Hedging;

/// <summary>One layer of an <see cref="AlvhEngineState"/>: whether it may open, the block last reported and what it holds.</summary>
/// <param name="LayerId">The ruleset's layer id (<c>L1</c>).</param>
/// <param name="Armed">False after a rule closed the layer, until its open condition has been false once.</param>
/// <param name="BlockCause">Cause of the block last reported for the wish in progress, or null when none.</param>
/// <param name="BlockWindowEnd">End of the blackout window of that block (default otherwise).</param>
/// <param name="BlockLimit">The risk limit of that block.</param>
/// <param name="Holding">The open position, or null when the layer is flat.</param>
public sealed record HedgeLayerSlotState(
    string LayerId,
    bool Armed,
    HedgeBlockCause? BlockCause,
    Instant BlockWindowEnd,
    RiskLimitKind BlockLimit,
    HedgeLayerHoldingState? Holding);
