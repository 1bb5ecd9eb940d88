using System.Globalization;
using VixShield.Live.Rules.Conditions;

namespace VixShield.Live.Rules.Scalar;

/// <summary>The ALVH scalar: how much of each layer's budget to use under the current stress, in [0, cap].</summary>
/// <remarks>
/// <para>scalar = clamp(baseline + w_rsi x s_rsi + w_macd x s_macd + w_ad x s_ad + w_ts x s_ts, 0, cap), each stress in [0, 1]:</para>
/// <list type="bullet">
/// <item>s_rsi = |RSI - 50| / 50, on the 5-minute RSI, or the daily RSI while the 5-minute one is not ready;</item>
/// <item>s_macd = 0.5 when the daily MACD histogram is below zero, plus 0.5 when it fell since its previous value (the slope);</item>
/// <item>s_ad = min(A/D divergence days / full days, 1);</item>
/// <item>s_ts = clamp((VIX/VIX3M - floor) / (full - floor), 0, 1).</item>
/// </list>
/// <para>An input that is not known yet adds no stress. The daily histogram's previous value is tracked here: the slope is
/// the latest value minus the one before it, taken whenever the value changes (once a day).</para>
/// <para>Allocation-free: reads the signal vector and writes fields.</para>
/// </remarks>
public sealed class StressScalar
{
    private readonly StressScalarSettings settings;
    private double lastHistogram = double.NaN;
    private double previousHistogram = double.NaN;

    public StressScalar(StressScalarSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        this.settings = settings;
    }

    public StressScalarSettings Settings => settings;

    /// <summary>The last computed inputs and value.</summary>
    public StressScalarInputs Inputs { get; private set; }

    /// <summary>The last computed scalar, NaN before the first <see cref="Compute"/>.</summary>
    public double Current { get; private set; } = double.NaN;

    /// <summary>The daily MACD histogram's latest value and the one before it (NaN until seen): the memory behind the slope,
    /// kept across restarts.</summary>
    public (double Latest, double Previous) HistogramMemory => (lastHistogram, previousHistogram);

    /// <summary>Resumes the slope's memory from a <see cref="HistogramMemory"/> captured earlier.</summary>
    public void RestoreHistogramMemory(double latest, double previous)
    {
        lastHistogram = latest;
        previousHistogram = previous;
    }

    /// <summary>Recomputes the scalar from the signal vector.</summary>
    public double Compute(ReadOnlySpan<double> signals)
    {
        var rsi = signals[(int)HedgeSignal.RsiFiveMinute];
        if (double.IsNaN(rsi))
        {
            rsi = signals[(int)HedgeSignal.RsiDaily];
        }

        var rsiStress = double.IsNaN(rsi) ? 0.0 : Math.Min(Math.Abs(rsi - 50.0) / 50.0, 1.0);

        var histogram = signals[(int)HedgeSignal.MacdHistogramDaily];
        if (!double.IsNaN(histogram) && !histogram.Equals(lastHistogram))
        {
            previousHistogram = lastHistogram;
            lastHistogram = histogram;
        }

        var slope = double.IsNaN(histogram) ? double.NaN : lastHistogram - previousHistogram;
        var macdStress = (histogram < 0.0 ? 0.5 : 0.0) + (slope < 0.0 ? 0.5 : 0.0);

        var days = signals[(int)HedgeSignal.AdvanceDeclineDivergenceDays];
        var adStress = double.IsNaN(days) ? 0.0 : Math.Clamp(days / settings.AdvanceDeclineFullDays, 0.0, 1.0);

        var ratio = signals[(int)HedgeSignal.TermStructureRatio];
        var tsStress = double.IsNaN(ratio)
            ? 0.0
            : Math.Clamp((ratio - settings.TermStructureFloor) / (settings.TermStructureFull - settings.TermStructureFloor), 0.0, 1.0);

        var value = settings.Baseline
            + (settings.RsiDistanceWeight * rsiStress)
            + (settings.MacdHistogramWeight * macdStress)
            + (settings.AdvanceDeclineDivergenceWeight * adStress)
            + (settings.TermStructureWeight * tsStress);
        value = Math.Clamp(value, 0.0, settings.Cap);
        Inputs = new StressScalarInputs(rsi, rsiStress, histogram, slope, macdStress, days, adStress, ratio, tsStress, value);
        Current = value;
        return value;
    }

    /// <summary>The formula with this value's numbers, for a reason text.</summary>
    public string Describe()
    {
        var inputs = Inputs;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"scalar {inputs.Value:0.###} = clamp({settings.Baseline:0.###} + {settings.RsiDistanceWeight:0.###} x RSI stress {inputs.RsiStress:0.###} (RSI {Format(inputs.Rsi)}) + {settings.MacdHistogramWeight:0.###} x MACD stress {inputs.MacdStress:0.###} (histogram {Format(inputs.MacdHistogram)}, slope {Format(inputs.MacdHistogramSlope)}) + {settings.AdvanceDeclineDivergenceWeight:0.###} x A/D stress {inputs.AdvanceDeclineStress:0.###} ({Format(inputs.AdvanceDeclineDivergenceDays)} days) + {settings.TermStructureWeight:0.###} x term-structure stress {inputs.TermStructureStress:0.###} (VIX/VIX3M {Format(inputs.TermStructureRatio)}), 0, {settings.Cap:0.###})");
    }

    private static string Format(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.####", CultureInfo.InvariantCulture);
}
