namespace VixShield.Live.Rules.Rulesets;

/// <summary>Values a ruleset file may leave out (spec section 4 defaults).</summary>
public static class RulesetDefaults
{
    /// <summary>Scalar with no stress: 0.5, so a calm market hedges at half the budget.</summary>
    public const double ScalarBaseline = 0.5;

    /// <summary>Scalar upper bound: 2 (spec).</summary>
    public const double ScalarCap = 2.0;

    /// <summary>A scalar move of 0.10 or more from the last reported value is an event.</summary>
    public const double ScalarChangeThreshold = 0.10;

    public const double RsiDistanceWeight = 0.5;

    public const double MacdHistogramWeight = 0.4;

    public const double AdvanceDeclineDivergenceWeight = 0.3;

    public const double TermStructureWeight = 0.3;

    /// <summary>10 divergence days make the A/D stress full (the L1 deferred trigger's threshold).</summary>
    public const int AdvanceDeclineFullDays = 10;

    /// <summary>VIX/VIX3M of 0.9 starts adding stress (spec: "term-structure ratio above 0.9").</summary>
    public const double TermStructureFloor = 0.9;

    /// <summary>VIX/VIX3M of 1.1 (clear backwardation) is full term-structure stress.</summary>
    public const double TermStructureFull = 1.1;

    public const int MaxLayers = 3;

    public const decimal MaxTotalPremiumPercentOfCapital = 3m;

    public const decimal MaxPremiumToCondorMaxLoss = 1m;

    public const decimal ValueMultipleOfCost = 2m;

    public const decimal SellFraction = 0.5m;

    public const double CloseInProfitWithinSigma = 0.25;

    public const double ArmedAfterMoveSigma = 0.5;

    /// <summary>One VIX option tick over or under the model price.</summary>
    public const decimal LimitOffset = 0.05m;

    /// <summary>VIX option tick.</summary>
    public const decimal TickSize = 0.05m;

    public const double ResizeMinimumChangeFraction = 0.5;

    public const decimal StrikeIncrement = 1m;
}
