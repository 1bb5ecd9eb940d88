using System.Runtime.CompilerServices;

namespace VixShield.Live.Indicators.Averages;

/// <summary>Per-step maths of the exponential moving average, shared by the incremental type and batch oracles.</summary>
/// <remarks>The operation order is part of the contract: TA-Lib computes <c>((x - prev) * k) + prev</c> and seeds with
/// a sum accumulated from 0.0 in input order divided by the period; keeping that order makes our values equal to
/// TA-Lib's bit for bit on the same inputs.</remarks>
public static class ExponentialMovingAverageKernel
{
    /// <summary>The smoothing factor k = 2 / (period + 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Alpha(int period) => 2.0 / (period + 1);

    /// <summary>The seed: the simple mean of the first <paramref name="period"/> inputs, given their running sum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Seed(double sum, int period) => sum / period;

    /// <summary>One smoothing step from <paramref name="previous"/> towards <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Step(double previous, double value, double alpha) => ((value - previous) * alpha) + previous;
}
