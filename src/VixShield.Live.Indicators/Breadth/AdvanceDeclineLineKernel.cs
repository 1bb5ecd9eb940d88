using System.Runtime.CompilerServices;

namespace VixShield.Live.Indicators.Breadth;

/// <summary>Per-step maths of the advance/decline line.</summary>
public static class AdvanceDeclineLineKernel
{
    /// <summary>Adds one day's net advances (advancing - declining issues) to the cumulative line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Step(double line, double advancing, double declining) => line + (advancing - declining);
}
