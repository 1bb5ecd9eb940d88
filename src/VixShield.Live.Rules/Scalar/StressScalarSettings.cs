using VixShield.Live.Rules.Rulesets;

namespace VixShield.Live.Rules.Scalar;

/// <summary>How the stress scalar is computed from the signals: a baseline plus weighted normalised stresses, clamped to [0, cap].</summary>
/// <remarks>Each stress is in [0, 1]; see <see cref="StressScalar"/> for the normalisations. Weights are in scalar units
/// per unit of stress, so with every stress at 1 the scalar is baseline + the sum of the weights (then capped).</remarks>
public sealed record StressScalarSettings
{
    /// <summary>The scalar with no stress at all.</summary>
    /// <value>The default is 0.5.</value>
    public double Baseline { get; init; } = RulesetDefaults.ScalarBaseline;

    /// <summary>Upper bound of the scalar.</summary>
    /// <value>The default is 2.</value>
    public double Cap { get; init; } = RulesetDefaults.ScalarCap;

    /// <summary>Smallest change from the last reported value that is reported as a <see cref="ScalarChanged"/> event.</summary>
    /// <value>The default is 0.10.</value>
    public double ChangeThreshold { get; init; } = RulesetDefaults.ScalarChangeThreshold;

    /// <summary>Weight of |RSI - 50| / 50 (5-minute RSI, or the daily one while the 5-minute RSI is not ready).</summary>
    /// <value>The default is 0.5.</value>
    public double RsiDistanceWeight { get; init; } = RulesetDefaults.RsiDistanceWeight;

    /// <summary>Weight of the daily MACD histogram stress: half for a negative histogram, half for a falling one.</summary>
    /// <value>The default is 0.4.</value>
    public double MacdHistogramWeight { get; init; } = RulesetDefaults.MacdHistogramWeight;

    /// <summary>Weight of min(A/D divergence days / <see cref="AdvanceDeclineFullDays"/>, 1).</summary>
    /// <value>The default is 0.3.</value>
    public double AdvanceDeclineDivergenceWeight { get; init; } = RulesetDefaults.AdvanceDeclineDivergenceWeight;

    /// <summary>Weight of the term-structure stress: (VIX/VIX3M - floor) / (full - floor), clamped to [0, 1].</summary>
    /// <value>The default is 0.3.</value>
    public double TermStructureWeight { get; init; } = RulesetDefaults.TermStructureWeight;

    /// <summary>Divergence days at which the A/D stress is full.</summary>
    /// <value>The default is 10.</value>
    public int AdvanceDeclineFullDays { get; init; } = RulesetDefaults.AdvanceDeclineFullDays;

    /// <summary>VIX/VIX3M at and below which the term structure adds no stress.</summary>
    /// <value>The default is 0.9.</value>
    public double TermStructureFloor { get; init; } = RulesetDefaults.TermStructureFloor;

    /// <summary>VIX/VIX3M at and above which the term-structure stress is full.</summary>
    /// <value>The default is 1.1.</value>
    public double TermStructureFull { get; init; } = RulesetDefaults.TermStructureFull;
}
