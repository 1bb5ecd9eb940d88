using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Indicators.Momentum;

/// <summary>Wilder's Relative Strength Index over <see cref="Period"/> changes.</summary>
/// <remarks>
/// Seeds the average gain and loss with the simple mean of the first <see cref="Period"/> changes (so the first
/// value needs <see cref="Period"/> + 1 inputs), then applies Wilder smoothing (alpha = 1 / period). This is
/// TA-Lib's <c>TA_RSI</c> in its default compatibility; values agree with it bit for bit, except that a completely
/// flat window reports 50 where TA-Lib reports 0 (see <see cref="RelativeStrengthIndexKernel.Flat"/>).
/// Bars feed their close at <see cref="Bar.End"/>.
/// </remarks>
public sealed class RelativeStrengthIndex : IScalarIndicator
{
    private double previousInput;
    private double averageGain;
    private double averageLoss;
    private Instant lastTime;

    /// <param name="period">Wilder's look-back; at least 2.</param>
    public RelativeStrengthIndex(int period = RelativeStrengthIndexDefaults.Period)
    {
        IndicatorGuard.RequirePeriod(period, 2, nameof(period));
        Period = period;
        Name = "RSI(" + period.ToString(CultureInfo.InvariantCulture) + ")";
    }

    public string Name { get; }

    public int Period { get; }

    public int WarmUpPeriod => Period + 1;

    public long Samples { get; private set; }

    public bool IsReady => Samples > Period;

    /// <remarks>Computed on read from the two averages, which keeps a division off the per-update path.</remarks>
    public double? Current => IsReady ? RelativeStrengthIndexKernel.Value(averageGain, averageLoss) : null;

    /// <summary>Smoothed average gain, or null until ready.</summary>
    public double? AverageGain => IsReady ? averageGain : null;

    /// <summary>Smoothed average loss (a positive number), or null until ready.</summary>
    public double? AverageLoss => IsReady ? averageLoss : null;

    public bool Update(in Bar bar) => Update(bar.End, (double)bar.Close);

    public bool Update(Instant time, double value)
    {
        IndicatorGuard.RequireFinite(value, Name, nameof(value));
        IndicatorGuard.RequireAfter(time, lastTime, Samples, Name);
        lastTime = time;
        var samples = ++Samples;
        if (samples == 1)
        {
            previousInput = value;
            return false;
        }

        var change = value - previousInput;
        previousInput = value;
        var gain = RelativeStrengthIndexKernel.Gain(change);
        var loss = RelativeStrengthIndexKernel.Loss(change);
        if (samples <= Period)
        {
            averageGain += gain;
            averageLoss += loss;
            return false;
        }

        if (samples == Period + 1)
        {
            averageGain = RelativeStrengthIndexKernel.Seed(averageGain + gain, Period);
            averageLoss = RelativeStrengthIndexKernel.Seed(averageLoss + loss, Period);
        }
        else
        {
            averageGain = RelativeStrengthIndexKernel.Smooth(averageGain, gain, Period);
            averageLoss = RelativeStrengthIndexKernel.Smooth(averageLoss, loss, Period);
        }

        return true;
    }

    public void Reset()
    {
        previousInput = 0;
        averageGain = 0;
        averageLoss = 0;
        lastTime = default;
        Samples = 0;
    }
}
