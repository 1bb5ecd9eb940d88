using System.Globalization;

namespace VixShield.Live.Indicators.Signals;

/// <summary>Parameters of <see cref="MarketSignals"/>; defaults in <see cref="MarketSignalsDefaults"/>.</summary>
public sealed class MarketSignalsOptions
{
    public const string SectionName = "Signals";

    /// <summary>RSI period for both the 5-minute and the daily RSI. <value>The default is 14.</value></summary>
    public int RsiPeriod { get; set; } = MarketSignalsDefaults.RsiPeriod;

    /// <summary><value>The default is 12.</value></summary>
    public int MacdFastPeriod { get; set; } = MarketSignalsDefaults.MacdFastPeriod;

    /// <summary><value>The default is 26.</value></summary>
    public int MacdSlowPeriod { get; set; } = MarketSignalsDefaults.MacdSlowPeriod;

    /// <summary><value>The default is 9.</value></summary>
    public int MacdSignalPeriod { get; set; } = MarketSignalsDefaults.MacdSignalPeriod;

    /// <summary>Look-back of the MACD bearish divergence. <value>The default is 20.</value></summary>
    public int MacdBearishLookbackDays { get; set; } = MarketSignalsDefaults.MacdBearishLookbackDays;

    /// <summary>Weeks of shrinking weekly histogram that raise the weekly warning. <value>The default is 3.</value></summary>
    public int WeeklyShrinkingWeeks { get; set; } = MarketSignalsDefaults.WeeklyShrinkingWeeks;

    /// <summary>Days in the SPX and A/D line highs of the divergence count. <value>The default is 20.</value></summary>
    public int DivergenceLookbackDays { get; set; } = MarketSignalsDefaults.DivergenceLookbackDays;

    /// <summary>How close SPX must be to its high, in percent. <value>The default is 1.0.</value></summary>
    public double DivergenceProximityPercent { get; set; } = MarketSignalsDefaults.DivergenceProximityPercent;

    /// <summary>Divergence days at which the divergence signal turns on. <value>The default is 10.</value></summary>
    public int DivergenceDaysThreshold { get; set; } = MarketSignalsDefaults.DivergenceDaysThreshold;

    /// <summary>VIX/VIX3M above this turns the inversion signal on. <value>The default is 1.0.</value></summary>
    public double TermStructureInversionRatio { get; set; } = MarketSignalsDefaults.TermStructureInversionRatio;

    /// <summary>VIX/VIX3M below this turns it off. <value>The default is 0.99.</value></summary>
    public double TermStructureRecoveryRatio { get; set; } = MarketSignalsDefaults.TermStructureRecoveryRatio;

    /// <summary>Trading days per year for the expected move. <value>The default is 252.</value></summary>
    public int TradingDaysPerYear { get; set; } = MarketSignalsDefaults.TradingDaysPerYear;

    /// <summary>Every problem with these values, each naming the field, the value and what is allowed; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        AtLeast(errors, nameof(RsiPeriod), RsiPeriod, 2);
        AtLeast(errors, nameof(MacdFastPeriod), MacdFastPeriod, 1);
        AtLeast(errors, nameof(MacdSlowPeriod), MacdSlowPeriod, MacdFastPeriod + 1);
        AtLeast(errors, nameof(MacdSignalPeriod), MacdSignalPeriod, 1);
        AtLeast(errors, nameof(MacdBearishLookbackDays), MacdBearishLookbackDays, 1);
        AtLeast(errors, nameof(WeeklyShrinkingWeeks), WeeklyShrinkingWeeks, 1);
        AtLeast(errors, nameof(DivergenceLookbackDays), DivergenceLookbackDays, 1);
        AtLeast(errors, nameof(DivergenceDaysThreshold), DivergenceDaysThreshold, 1);
        AtLeast(errors, nameof(TradingDaysPerYear), TradingDaysPerYear, 1);
        if (!(DivergenceProximityPercent >= 0 && DivergenceProximityPercent <= 100))
        {
            errors.Add(Describe(nameof(DivergenceProximityPercent), DivergenceProximityPercent, "a percentage from 0 to 100"));
        }

        if (!(TermStructureInversionRatio > 0 && double.IsFinite(TermStructureInversionRatio)))
        {
            errors.Add(Describe(nameof(TermStructureInversionRatio), TermStructureInversionRatio, "a finite number greater than 0"));
        }

        if (!(TermStructureRecoveryRatio > 0 && TermStructureRecoveryRatio <= TermStructureInversionRatio))
        {
            errors.Add(Describe(nameof(TermStructureRecoveryRatio), TermStructureRecoveryRatio,
                "greater than 0 and at most TermStructureInversionRatio (" + TermStructureInversionRatio.ToString(CultureInfo.InvariantCulture) + ")"));
        }

        return errors;
    }

    private static void AtLeast(List<string> errors, string field, int value, int minimum)
    {
        if (value < minimum)
        {
            errors.Add(Describe(field, value, "a whole number of at least " + minimum.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static string Describe(string field, double value, string allowed) =>
        string.Create(CultureInfo.InvariantCulture, $"{SectionName}:{field} is {value}; allowed: {allowed}.");
}
