namespace VixShield.Live.Rules.Risk;

/// <summary>Which risk limit bound a hedge size.</summary>
public enum RiskLimitKind : byte
{
    None = 0,

    /// <summary>The number of open layers is at <see cref="RiskLimits.MaxLayers"/>.</summary>
    MaxLayers = 1,

    /// <summary>Premium held would exceed <see cref="RiskLimits.MaxTotalPremiumPercentOfCapital"/> of capital.</summary>
    TotalPremium = 2,

    /// <summary>Premium held would exceed <see cref="RiskLimits.MaxPremiumToCondorMaxLoss"/> x the condor's max loss.</summary>
    CondorMaxLoss = 3,
}
