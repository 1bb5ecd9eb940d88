namespace VixShield.Live.Reports.Metrics;

/// <summary>The claim the report tests: ALVH "reduces maximum drawdowns on iron condor portfolios by 40-65% compared to
/// unhedged or statically hedged equivalents, while preserving the majority of the credit".</summary>
public static class PublisherClaim
{
    public const double MinimumReduction = 0.40;

    public const double MaximumReduction = 0.65;

    public const string Text = "reduces maximum drawdowns on iron condor portfolios by 40-65% compared to unhedged or statically hedged equivalents, while preserving the majority of the credit";

    /// <summary>Where <paramref name="reduction"/> (a fraction, null when not measurable) falls against 40-65%.</summary>
    public static ClaimVerdict Judge(double? reduction) => reduction switch
    {
        null => ClaimVerdict.NotMeasurable,
        < MinimumReduction => ClaimVerdict.BelowClaim,
        > MaximumReduction => ClaimVerdict.AboveClaim,
        _ => ClaimVerdict.WithinClaim,
    };
}
