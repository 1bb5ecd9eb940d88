namespace VixShield.Live.Indicators.Breadth;

/// <summary>Per-step maths of the A/D divergence count.</summary>
public static class AdvanceDeclineDivergenceKernel
{
    /// <summary>True when the index is within <paramref name="proximityPercent"/> of its high while the A/D line is
    /// strictly below its own high (the rally is not confirmed by breadth).</summary>
    public static bool IsDivergent(double price, double priceHigh, double line, double lineHigh, double proximityPercent) =>
        price >= priceHigh * (1.0 - (proximityPercent / 100.0)) && line < lineHigh;

    /// <summary>Consecutive-day count: one more on a divergent day, back to 0 otherwise.</summary>
    public static int NextCount(int count, bool divergent) => divergent ? count + 1 : 0;
}
