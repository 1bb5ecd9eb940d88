namespace VixShield.Live.Reports.Metrics;

/// <summary>Where a measured drawdown reduction falls against the publisher's claimed range.</summary>
public enum ClaimVerdict : byte
{
    /// <summary>The baseline had no drawdown, so no reduction can be stated.</summary>
    NotMeasurable = 0,

    BelowClaim = 1,

    WithinClaim = 2,

    AboveClaim = 3,
}
