using System.Runtime.CompilerServices;

namespace VixShield.Live.Indicators.Momentum;

/// <summary>Per-step maths of Wilder's RSI, shared by the incremental type and batch oracles.</summary>
/// <remarks>Operation order follows TA-Lib's <c>TA_RSI</c> (multiply the previous average by period - 1, add today's
/// gain or loss, divide by period; RSI = 100 * gain / (gain + loss)), so values match TA-Lib bit for bit.</remarks>
public static class RelativeStrengthIndexKernel
{
    /// <summary>The RSI reported when the average gain and loss are both zero (a flat series).</summary>
    /// <remarks>TA-Lib prints 0 here, which reads as deeply oversold and would trip an "RSI below 30" rule on a
    /// stale or flat feed; a flat market has no momentum either way, so we report the neutral 50.</remarks>
    public const double Flat = 50.0;

    /// <summary>The upward part of a change (0 for a fall).</summary>
    /// <remarks>Written without a branch because rises and falls alternate unpredictably (a mispredicted branch
    /// costs more than the whole update); (c + |c|) / 2 is exactly c or exactly 0, so the bits are unchanged.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Gain(double change) => (change + Math.Abs(change)) * 0.5;

    /// <summary>The downward part of a change as a positive number (0 for a rise); branch-free like <see cref="Gain"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Loss(double change) => (Math.Abs(change) - change) * 0.5;

    /// <summary>The seed average: the simple mean of the first <paramref name="period"/> gains (or losses).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Seed(double sum, int period) => sum / period;

    /// <summary>Wilder smoothing: <c>(previous * (period - 1) + value) / period</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Smooth(double previousAverage, double value, int period) =>
        ((previousAverage * (period - 1)) + value) / period;

    /// <summary>RSI from the average gain and loss: <c>100 * gain / (gain + loss)</c>, or <see cref="Flat"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Value(double averageGain, double averageLoss)
    {
        var total = averageGain + averageLoss;
        return total == 0 ? Flat : 100.0 * (averageGain / total);
    }
}
