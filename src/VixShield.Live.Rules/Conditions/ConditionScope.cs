namespace VixShield.Live.Rules.Conditions;

/// <summary>Where a condition is used, which decides the layer flags it may name.</summary>
/// <param name="DefinedLayers">Number of layers the ruleset defines: <c>l{n}_open</c> is known for n up to this.</param>
/// <param name="EvaluatingLayer">The 1-based layer whose open condition this is, or 0 for a ruleset-wide condition
/// (the blackout exception). Layers open in order, so layer k's condition may only name layers 1 to k - 1, and layer 1
/// may not use <c>rsi5m_change_since_l1</c> (unknown until layer 1 is open).</param>
public readonly record struct ConditionScope(int DefinedLayers, int EvaluatingLayer = 0)
{
    /// <summary>Any layer flag up to <see cref="HedgeSignalCatalog.MaximumLayers"/>; for tests and tools.</summary>
    public static ConditionScope Unrestricted => new(HedgeSignalCatalog.MaximumLayers);
}
