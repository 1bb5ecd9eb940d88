using System.Globalization;
using NodaTime;
using VixShield.Live.Indicators.Extremes;

namespace VixShield.Live.Indicators.Breadth;

/// <summary>Counts consecutive days on which the index closes within a percentage of its N-day high while the A/D
/// line is below its own N-day high.</summary>
/// <remarks>
/// Both highs are on closing values (the A/D line has nothing else) and include the current day, so a day on which
/// the A/D line makes a new high is never divergent. Counting starts once both N-day windows are full
/// (<see cref="WarmUpPeriod"/> = N days); a day missing from either input should simply not be fed. Prices must
/// be greater than 0; times strictly increase.
/// </remarks>
public sealed class AdvanceDeclineDivergence : IIndicator
{
    private readonly RollingHigh priceHigh;
    private readonly RollingHigh lineHigh;
    private Instant lastTime;

    /// <param name="lookbackDays">Days in both rolling highs; at least 1.</param>
    /// <param name="proximityPercent">How close to its high the index must be, in percent; 0 to 100.</param>
    public AdvanceDeclineDivergence(
        int lookbackDays = AdvanceDeclineDivergenceDefaults.LookbackDays,
        double proximityPercent = AdvanceDeclineDivergenceDefaults.ProximityPercent)
    {
        IndicatorGuard.RequirePeriod(lookbackDays, 1, nameof(lookbackDays));
        if (!(proximityPercent >= 0 && proximityPercent <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(proximityPercent), proximityPercent, "proximityPercent must be between 0 and 100.");
        }

        LookbackDays = lookbackDays;
        ProximityPercent = proximityPercent;
        priceHigh = new RollingHigh(lookbackDays);
        lineHigh = new RollingHigh(lookbackDays);
        Name = string.Create(CultureInfo.InvariantCulture, $"A/D DIVERGENCE({lookbackDays},{proximityPercent}%)");
    }

    public string Name { get; }

    public int LookbackDays { get; }

    public double ProximityPercent { get; }

    public int WarmUpPeriod => LookbackDays;

    public long Samples { get; private set; }

    public bool IsReady => Samples >= LookbackDays;

    /// <summary>The consecutive divergent days so far (0 until ready).</summary>
    public int Days { get; private set; }

    /// <summary><see cref="Days"/> as a number, or null until ready.</summary>
    public double? Current => IsReady ? Days : null;

    /// <summary>The index's N-day closing high, or null until ready.</summary>
    public double? PriceHigh => priceHigh.Current;

    /// <summary>The A/D line's N-day high, or null until ready.</summary>
    public double? LineHigh => lineHigh.Current;

    /// <summary>Adds one day: the index close and the A/D line after that day; returns <see cref="IsReady"/>.</summary>
    public bool Update(Instant time, double price, double advanceDeclineLine)
    {
        IndicatorGuard.RequirePositive(price, Name, nameof(price));
        IndicatorGuard.RequireFinite(advanceDeclineLine, Name, nameof(advanceDeclineLine));
        IndicatorGuard.RequireAfter(time, lastTime, Samples, Name);
        lastTime = time;
        Samples++;
        priceHigh.Update(time, price);
        if (!lineHigh.Update(time, advanceDeclineLine))
        {
            return false;
        }

        var divergent = AdvanceDeclineDivergenceKernel.IsDivergent(
            price, priceHigh.Current!.Value, advanceDeclineLine, lineHigh.Current!.Value, ProximityPercent);
        Days = AdvanceDeclineDivergenceKernel.NextCount(Days, divergent);
        return true;
    }

    public void Reset()
    {
        priceHigh.Reset();
        lineHigh.Reset();
        Days = 0;
        lastTime = default;
        Samples = 0;
    }
}
