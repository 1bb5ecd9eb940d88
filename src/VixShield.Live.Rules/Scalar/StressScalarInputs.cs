using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Rules.Scalar;

/// <summary>The inputs and normalised stresses behind one scalar value (NaN where an input is not known yet).</summary>
public readonly record struct StressScalarInputs(
    double Rsi,
    double RsiStress,
    double MacdHistogram,
    double MacdHistogramSlope,
    double MacdStress,
    double AdvanceDeclineDivergenceDays,
    double AdvanceDeclineStress,
    double TermStructureRatio,
    double TermStructureStress,
    double Value)
{
    /// <summary>The inputs as alert values, in a stable order.</summary>
    public IReadOnlyList<AlertValue> ToAlertValues() =>
    [
        AlertValue.Of("scalar", Value),
        AlertValue.Of("rsi", Rsi),
        AlertValue.Of("rsiStress", RsiStress),
        AlertValue.Of("macdHistogram", MacdHistogram),
        AlertValue.Of("macdHistogramSlope", MacdHistogramSlope),
        AlertValue.Of("macdStress", MacdStress),
        AlertValue.Of("adDivergenceDays", AdvanceDeclineDivergenceDays),
        AlertValue.Of("adStress", AdvanceDeclineStress),
        AlertValue.Of("termStructureRatio", TermStructureRatio),
        AlertValue.Of("termStructureStress", TermStructureStress),
    ];
}
