using NodaTime;

namespace VixShield.Live.Indicators.Volatility;

/// <summary>Volatility term structure: near-term index over far-term index (VIX / VIX3M by default).</summary>
/// <remarks>
/// Below 1 is contango (the calm, usual shape); above 1 is backwardation (stress). The inputs are levels with
/// the same time rules as <see cref="ExpectedDailyMove"/>: equal times replace, earlier times throw, levels must
/// be greater than 0.
/// </remarks>
public sealed class TermStructureRatio : IIndicator
{
    private LatestLevel nearTerm;
    private LatestLevel farTerm;

    /// <param name="nearTermName">Display name of the numerator (VIX).</param>
    /// <param name="farTermName">Display name of the denominator (VIX3M).</param>
    public TermStructureRatio(string nearTermName = "VIX", string farTermName = "VIX3M")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nearTermName);
        ArgumentException.ThrowIfNullOrWhiteSpace(farTermName);
        Name = nearTermName + "/" + farTermName;
    }

    public string Name { get; }

    public int WarmUpPeriod => 2;

    public long Samples { get; private set; }

    public bool IsReady => nearTerm.HasValue && farTerm.HasValue;

    /// <summary>Near / far, or null until both are known.</summary>
    public double? Current => IsReady ? TermStructureRatioKernel.Ratio(nearTerm.Value, farTerm.Value) : null;

    /// <summary>True when ready and the ratio is above 1.</summary>
    public bool IsBackwardation => IsReady && TermStructureRatioKernel.IsBackwardation(TermStructureRatioKernel.Ratio(nearTerm.Value, farTerm.Value));

    /// <summary>The latest near-term level, or null.</summary>
    public double? NearTerm => nearTerm.HasValue ? nearTerm.Value : null;

    /// <summary>The latest far-term level, or null.</summary>
    public double? FarTerm => farTerm.HasValue ? farTerm.Value : null;

    /// <summary>Sets the near-term level (VIX); returns <see cref="IsReady"/>.</summary>
    public bool UpdateNearTerm(Instant time, double level)
    {
        nearTerm.Set(time, level, Name, nameof(level));
        Samples++;
        return IsReady;
    }

    /// <summary>Sets the far-term level (VIX3M); returns <see cref="IsReady"/>.</summary>
    public bool UpdateFarTerm(Instant time, double level)
    {
        farTerm.Set(time, level, Name, nameof(level));
        Samples++;
        return IsReady;
    }

    public void Reset()
    {
        nearTerm.Clear();
        farTerm.Clear();
        Samples = 0;
    }
}
