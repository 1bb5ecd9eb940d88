namespace VixShield.Live.Rules.ShadowStops;

/// <summary>Default values of <see cref="ShadowStopOptions"/> (spec section 2).</summary>
public static class ShadowStopDefaults
{
    /// <summary>Stops at 1x and 2x the credit received.</summary>
    public static IReadOnlyList<decimal> StopMultiples { get; } = [1.0m, 2.0m];

    /// <summary>Points per condor paid over the mark when a stop closes all four legs: 0.10 (about half a typical 0.05-0.10
    /// bid/ask on each of four SPXW legs near the money under stress).</summary>
    public const decimal ExitSlippage = 0.10m;
}
