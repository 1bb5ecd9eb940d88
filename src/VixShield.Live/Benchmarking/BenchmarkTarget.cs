using System.Globalization;

namespace VixShield.Live.Benchmarking;

/// <summary>The limit a figure must respect, and how far past it a miss still counts as measurement noise.</summary>
/// <param name="Limit">The target value (10 ns, 5 000 000 quotes/s, 0 bytes).</param>
/// <param name="Comparison">Whether the figure must stay at or below the limit, or reach it.</param>
/// <param name="NoiseMarginPercent">How far, in percent of the limit, a figure may miss before it fails. 0 for
/// figures that do not vary from run to run, such as bytes allocated.</param>
public sealed record BenchmarkTarget(double Limit, TargetComparison Comparison, double NoiseMarginPercent)
{
    /// <summary>The margin for timings, rates and latencies on a shared machine: a miss of up to 20% is reported as noise.</summary>
    public const double TimingNoiseMarginPercent = 20;

    /// <summary>The margin for resident memory, which moves with the runtime's heap sizing: 10%.</summary>
    public const double MemoryNoiseMarginPercent = 10;

    /// <summary>Counts that repeat exactly from run to run (bytes allocated by a deterministic replay) have none.</summary>
    public const double ExactNoiseMarginPercent = 0;

    /// <summary>The value past which the figure fails: the limit widened by the noise margin.</summary>
    public double FailureThreshold => Comparison == TargetComparison.AtMost
        ? Limit * (1 + (NoiseMarginPercent / 100))
        : Limit * (1 - (NoiseMarginPercent / 100));

    /// <summary>"&lt;=" or "&gt;=", as printed beside the limit.</summary>
    public string Operator => Comparison == TargetComparison.AtMost ? "<=" : ">=";

    public static BenchmarkTarget AtMost(double limit, double noiseMarginPercent) => new(limit, TargetComparison.AtMost, noiseMarginPercent);

    public static BenchmarkTarget AtLeast(double limit, double noiseMarginPercent) => new(limit, TargetComparison.AtLeast, noiseMarginPercent);

    /// <summary>Pass when the target is met, <see cref="FigureStatus.WithinNoise"/> when it is missed by no more than the
    /// margin, <see cref="FigureStatus.Fail"/> beyond it (and for a value that is not a number).</summary>
    public FigureStatus Judge(double value)
    {
        if (double.IsNaN(value))
        {
            return FigureStatus.Fail;
        }

        var met = Comparison == TargetComparison.AtMost ? value <= Limit : value >= Limit;
        if (met)
        {
            return FigureStatus.Pass;
        }

        var tolerated = Comparison == TargetComparison.AtMost ? value <= FailureThreshold : value >= FailureThreshold;
        return tolerated ? FigureStatus.WithinNoise : FigureStatus.Fail;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Operator} {Limit:G} (noise margin {NoiseMarginPercent:G}%)");
}
