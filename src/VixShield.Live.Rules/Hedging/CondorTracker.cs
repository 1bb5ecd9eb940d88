using NodaTime;
using VixShield.Live.Domain.Condors;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Rules.Hedging;

/// <summary>The hedge book's history over one condor's life, for its daily comparison row.</summary>
internal sealed class CondorTracker(IronCondor condor, Instant entryTime, decimal entrySpx, decimal hedgeValueAtStart)
{
    private decimal peak;

    public IronCondor Condor { get; } = condor;

    public Instant EntryTime { get; } = entryTime;

    /// <summary>SPX at entry, as quoted.</summary>
    public decimal EntrySpxLevel { get; } = entrySpx;

    /// <summary>SPX at entry and the short strikes as model numbers, converted once rather than on every quote.</summary>
    public double EntrySpx { get; } = PriceConversion.ToModel(entrySpx);

    public double ShortPutStrike { get; } = PriceConversion.ToModel(condor.ShortPutStrike);

    public double ShortCallStrike { get; } = PriceConversion.ToModel(condor.ShortCallStrike);

    /// <summary>Book marks plus realised cash when the condor was first seen.</summary>
    public decimal HedgeValueAtStart { get; } = hedgeValueAtStart;

    public decimal HedgeCostDollars { get; set; }

    public int LayersOpened { get; set; }

    public decimal MaxDrawdownDollars { get; private set; }

    /// <summary>Running peak of the (condor + hedge) P&amp;L path, in dollars.</summary>
    public decimal PeakDollars => peak;

    /// <summary>Resumes the path's peak and drawdown after a restart.</summary>
    public void RestorePath(decimal peakDollars, decimal maxDrawdownDollars)
    {
        peak = peakDollars;
        MaxDrawdownDollars = maxDrawdownDollars;
    }

    public bool Matches(IronCondor other, Instant entry) => entry == EntryTime && Condor.Equals(other);

    /// <summary>Adds a point of the (condor + hedge) P&amp;L path.</summary>
    public void Record(decimal totalProfitAndLossDollars)
    {
        MaxDrawdownDollars = Math.Max(MaxDrawdownDollars, peak - totalProfitAndLossDollars);
        peak = Math.Max(peak, totalProfitAndLossDollars);
    }
}
