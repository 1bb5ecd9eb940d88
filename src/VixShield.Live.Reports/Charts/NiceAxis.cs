namespace VixShield.Live.Reports.Charts;

/// <summary>A value axis widened to round numbers, with ticks every 1, 2 or 5 times a power of ten.</summary>
/// <param name="Minimum">The axis start: the largest tick at or below the data minimum.</param>
/// <param name="Maximum">The axis end: the smallest tick at or above the data maximum.</param>
/// <param name="Step">The distance between ticks.</param>
/// <param name="Ticks">The ticks from <paramref name="Minimum"/> to <paramref name="Maximum"/>.</param>
public sealed record NiceAxis(double Minimum, double Maximum, double Step, IReadOnlyList<double> Ticks)
{
    /// <summary>The axis covering <paramref name="minimum"/> to <paramref name="maximum"/> with about
    /// <paramref name="targetIntervals"/> intervals (never more); a flat range is widened by one unit either side.</summary>
    public static NiceAxis For(double minimum, double maximum, int targetIntervals)
    {
        if (!double.IsFinite(minimum) || !double.IsFinite(maximum) || maximum < minimum)
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, $"the data range must be finite with its maximum at or above its minimum ({minimum})");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(targetIntervals, 1);
        if (maximum == minimum)
        {
            var pad = minimum == 0 ? 1.0 : Math.Abs(minimum) * 0.1;
            minimum -= pad;
            maximum += pad;
        }

        var step = NiceStep((maximum - minimum) / targetIntervals);
        var first = Math.Floor((minimum / step) + 1e-9);
        var last = Math.Ceiling((maximum / step) - 1e-9);
        while (last - first > targetIntervals)
        {
            step = NiceStep(step * 1.000001);
            first = Math.Floor((minimum / step) + 1e-9);
            last = Math.Ceiling((maximum / step) - 1e-9);
        }

        var ticks = new double[(int)(last - first) + 1];
        for (var i = 0; i < ticks.Length; i++)
        {
            ticks[i] = (first + i) * step;
        }

        return new NiceAxis(ticks[0], ticks[^1], step, ticks);
    }

    /// <summary>The smallest of 1, 2, 5 x 10^k at or above <paramref name="rough"/>.</summary>
    public static double NiceStep(double rough)
    {
        if (!(rough > 0) || !double.IsFinite(rough))
        {
            throw new ArgumentOutOfRangeException(nameof(rough), rough, "must be a positive finite number");
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / power;
        var nice = fraction <= 1.0 + 1e-9 ? 1.0 : fraction <= 2.0 + 1e-9 ? 2.0 : fraction <= 5.0 + 1e-9 ? 5.0 : 10.0;
        return nice * power;
    }
}
