using System.Globalization;
using NodaTime;

namespace VixShield.Live.Adapters.Simulation;

/// <summary>Seed, time span, starting levels and model parameters of the simulated market.</summary>
/// <remarks>Each parameter is explained in <see cref="SimulatedMarketDefaults"/> and <see cref="SimulatedMarketModel"/>;
/// <see cref="Validate"/> lists every out-of-range value.</remarks>
public sealed record SimulatedMarketOptions
{
    /// <summary>Seeds all randomness: the same seed and options give the identical event sequence.</summary>
    /// <value>The default is <see cref="SimulatedMarketDefaults.Seed"/> (42).</value>
    public int Seed { get; init; } = SimulatedMarketDefaults.Seed;

    /// <summary>The first simulated instant; outside a session the feed waits (without wall time) for the next open.</summary>
    /// <value>The default is <see cref="SimulatedMarketDefaults.Start"/> (2025-01-02 09:30 New York).</value>
    public Instant Start { get; init; } = SimulatedMarketDefaults.Start;

    /// <summary>The feed stops when market time reaches this instant; null runs until cancelled.</summary>
    public Instant? End { get; init; }

    /// <value>The default is <see cref="SimulatedMarketDefaults.StartSpx"/> (5900).</value>
    public decimal StartSpx { get; init; } = SimulatedMarketDefaults.StartSpx;

    /// <value>The default is <see cref="SimulatedMarketDefaults.StartVix"/> (16).</value>
    public decimal StartVix { get; init; } = SimulatedMarketDefaults.StartVix;

    /// <value>The default is <see cref="SimulatedMarketDefaults.DriftPerYear"/> (0.07).</value>
    public double DriftPerYear { get; init; } = SimulatedMarketDefaults.DriftPerYear;

    /// <value>The default is <see cref="SimulatedMarketDefaults.MeanReversionPerYear"/> (10).</value>
    public double MeanReversionPerYear { get; init; } = SimulatedMarketDefaults.MeanReversionPerYear;

    /// <value>The default is <see cref="SimulatedMarketDefaults.LongRunVariance"/> (0.027).</value>
    public double LongRunVariance { get; init; } = SimulatedMarketDefaults.LongRunVariance;

    /// <value>The default is <see cref="SimulatedMarketDefaults.VolatilityOfVariance"/> (0.65).</value>
    public double VolatilityOfVariance { get; init; } = SimulatedMarketDefaults.VolatilityOfVariance;

    /// <value>The default is <see cref="SimulatedMarketDefaults.PriceVarianceCorrelation"/> (-0.88).</value>
    public double PriceVarianceCorrelation { get; init; } = SimulatedMarketDefaults.PriceVarianceCorrelation;

    /// <value>The default is <see cref="SimulatedMarketDefaults.JumpsPerYear"/> (1.5).</value>
    public double JumpsPerYear { get; init; } = SimulatedMarketDefaults.JumpsPerYear;

    /// <value>The default is <see cref="SimulatedMarketDefaults.JumpMeanLogReturn"/> (-0.018).</value>
    public double JumpMeanLogReturn { get; init; } = SimulatedMarketDefaults.JumpMeanLogReturn;

    /// <value>The default is <see cref="SimulatedMarketDefaults.JumpLogReturnStandardDeviation"/> (0.02).</value>
    public double JumpLogReturnStandardDeviation { get; init; } = SimulatedMarketDefaults.JumpLogReturnStandardDeviation;

    /// <value>The default is <see cref="SimulatedMarketDefaults.VarianceJumpMean"/> (0.04).</value>
    public double VarianceJumpMean { get; init; } = SimulatedMarketDefaults.VarianceJumpMean;

    /// <value>The default is <see cref="SimulatedMarketDefaults.OvernightVarianceFraction"/> (0.2).</value>
    public double OvernightVarianceFraction { get; init; } = SimulatedMarketDefaults.OvernightVarianceFraction;

    /// <value>The default is <see cref="SimulatedMarketDefaults.RiskNeutralMeanReversionPerYear"/> (3).</value>
    public double RiskNeutralMeanReversionPerYear { get; init; } = SimulatedMarketDefaults.RiskNeutralMeanReversionPerYear;

    /// <value>The default is <see cref="SimulatedMarketDefaults.RiskNeutralLongRunVariance"/> (0.06).</value>
    public double RiskNeutralLongRunVariance { get; init; } = SimulatedMarketDefaults.RiskNeutralLongRunVariance;

    /// <value>The default is <see cref="SimulatedMarketDefaults.VarianceRiskPremium"/> (0.10).</value>
    public double VarianceRiskPremium { get; init; } = SimulatedMarketDefaults.VarianceRiskPremium;

    /// <value>The default is <see cref="SimulatedMarketDefaults.QuotesPerSecond"/> (4).</value>
    public double QuotesPerSecond { get; init; } = SimulatedMarketDefaults.QuotesPerSecond;

    /// <value>The default is <see cref="SimulatedMarketDefaults.BreadthInterval"/> (00:01:00).</value>
    public TimeSpan BreadthInterval { get; init; } = SimulatedMarketDefaults.BreadthInterval;

    /// <value>The default is <see cref="SimulatedMarketDefaults.TotalIssues"/> (3000).</value>
    public int TotalIssues { get; init; } = SimulatedMarketDefaults.TotalIssues;

    /// <value>The default is <see cref="SimulatedMarketDefaults.UnchangedFraction"/> (0.035).</value>
    public double UnchangedFraction { get; init; } = SimulatedMarketDefaults.UnchangedFraction;

    /// <value>The default is <see cref="SimulatedMarketDefaults.BreadthSensitivity"/> (1).</value>
    public double BreadthSensitivity { get; init; } = SimulatedMarketDefaults.BreadthSensitivity;

    /// <value>The default is <see cref="SimulatedMarketDefaults.BreadthNoise"/> (0.5).</value>
    public double BreadthNoise { get; init; } = SimulatedMarketDefaults.BreadthNoise;

    /// <summary>Every value out of its allowed range, as "Name: value ...; allowed ..." lines; empty when all are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        void Check(bool valid, string name, object value, string allowed)
        {
            if (!valid)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: {value} is out of range; allowed: {allowed}"));
            }
        }

        static bool Finite(double value) => double.IsFinite(value);
        Check(End is null || End > Start, nameof(End), End?.ToString() ?? string.Empty, "an instant after Start, or empty");
        Check(StartSpx > 0m, nameof(StartSpx), StartSpx, "a positive index level");
        Check(StartVix is > 0m and <= 200m, nameof(StartVix), StartVix, "a VIX level in (0, 200]");
        Check(Finite(DriftPerYear) && Math.Abs(DriftPerYear) <= 1, nameof(DriftPerYear), DriftPerYear, "-1 to 1");
        Check(MeanReversionPerYear is > 0 and <= 100, nameof(MeanReversionPerYear), MeanReversionPerYear, "(0, 100]");
        Check(LongRunVariance is > 0 and <= 1, nameof(LongRunVariance), LongRunVariance, "(0, 1]");
        Check(VolatilityOfVariance is >= 0 and <= 5, nameof(VolatilityOfVariance), VolatilityOfVariance, "[0, 5]");
        Check(PriceVarianceCorrelation is >= -1 and <= 1, nameof(PriceVarianceCorrelation), PriceVarianceCorrelation, "[-1, 1]");
        Check(JumpsPerYear is >= 0 and <= 252, nameof(JumpsPerYear), JumpsPerYear, "[0, 252]");
        Check(JumpMeanLogReturn is >= -0.5 and <= 0.5, nameof(JumpMeanLogReturn), JumpMeanLogReturn, "[-0.5, 0.5]");
        Check(JumpLogReturnStandardDeviation is >= 0 and <= 0.5, nameof(JumpLogReturnStandardDeviation), JumpLogReturnStandardDeviation, "[0, 0.5]");
        Check(VarianceJumpMean is >= 0 and <= 1, nameof(VarianceJumpMean), VarianceJumpMean, "[0, 1]");
        Check(OvernightVarianceFraction is >= 0 and < 1, nameof(OvernightVarianceFraction), OvernightVarianceFraction, "[0, 1)");
        Check(RiskNeutralMeanReversionPerYear is > 0 and <= 100, nameof(RiskNeutralMeanReversionPerYear), RiskNeutralMeanReversionPerYear, "(0, 100]");
        Check(RiskNeutralLongRunVariance is > 0 and <= 1, nameof(RiskNeutralLongRunVariance), RiskNeutralLongRunVariance, "(0, 1]");
        Check(VarianceRiskPremium is >= 0 and <= 5, nameof(VarianceRiskPremium), VarianceRiskPremium, "[0, 5]");
        Check(QuotesPerSecond is >= 0.01 and <= 1000, nameof(QuotesPerSecond), QuotesPerSecond, "[0.01, 1000]");
        Check(BreadthInterval >= TimeSpan.FromSeconds(1) && BreadthInterval <= TimeSpan.FromHours(1), nameof(BreadthInterval), BreadthInterval, "00:00:01 to 01:00:00");
        Check(TotalIssues is >= 2 and <= 100_000, nameof(TotalIssues), TotalIssues, "2 to 100000");
        Check(UnchangedFraction is >= 0 and < 1, nameof(UnchangedFraction), UnchangedFraction, "[0, 1)");
        Check(BreadthSensitivity is >= 0 and <= 100, nameof(BreadthSensitivity), BreadthSensitivity, "[0, 100]");
        Check(BreadthNoise is >= 0 and <= 10, nameof(BreadthNoise), BreadthNoise, "[0, 10]");
        return errors;
    }
}
