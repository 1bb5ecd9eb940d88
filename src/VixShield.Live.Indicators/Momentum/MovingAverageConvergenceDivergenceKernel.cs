using System.Runtime.CompilerServices;

namespace VixShield.Live.Indicators.Momentum;

/// <summary>Per-step maths of MACD that is not an EMA step (those are in
/// <see cref="Averages.ExponentialMovingAverageKernel"/>).</summary>
public static class MovingAverageConvergenceDivergenceKernel
{
    /// <summary>The MACD line: fast EMA minus slow EMA.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Line(double fast, double slow) => fast - slow;

    /// <summary>The histogram: MACD line minus its signal EMA.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Histogram(double line, double signal) => line - signal;

    /// <summary>Input number (1-based) at which the fast EMA starts accumulating its seed, so that its seed window
    /// ends on the same input as the slow one (TA-Lib's alignment).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int FastSeedStart(int fastPeriod, int slowPeriod) => slowPeriod - fastPeriod + 1;
}
