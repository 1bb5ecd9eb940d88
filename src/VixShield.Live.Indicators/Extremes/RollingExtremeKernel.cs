namespace VixShield.Live.Indicators.Extremes;

/// <summary>Highest and lowest value of a window (order does not matter, so a ring can be scanned as stored).</summary>
public static class RollingExtremeKernel
{
    public static double Max(ReadOnlySpan<double> window)
    {
        var max = window[0];
        for (var i = 1; i < window.Length; i++)
        {
            if (window[i] > max)
            {
                max = window[i];
            }
        }

        return max;
    }

    public static double Min(ReadOnlySpan<double> window)
    {
        var min = window[0];
        for (var i = 1; i < window.Length; i++)
        {
            if (window[i] < min)
            {
                min = window[i];
            }
        }

        return min;
    }
}
