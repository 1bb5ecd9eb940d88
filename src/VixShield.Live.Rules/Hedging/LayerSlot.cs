using VixShield.Live.Rules.Rulesets;

namespace VixShield.Live.Rules.Hedging;

/// <summary>One configured layer and its state in the engine.</summary>
internal sealed class LayerSlot(LayerRule rule)
{
    public LayerRule Rule { get; } = rule;

    /// <summary>The open position, or null when flat.</summary>
    public HedgeLayerState? Position { get; set; }

    /// <summary>False after the layer was closed by a rule, until its open condition has been false once, so a condition
    /// that is still true does not buy back what was just sold.</summary>
    public bool Armed { get; set; } = true;

    /// <summary>The last block reported for the open wish (or resize) in progress.</summary>
    public BlockKey LastBlock { get; set; }
}
