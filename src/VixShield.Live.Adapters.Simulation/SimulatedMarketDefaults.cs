using NodaTime;

namespace VixShield.Live.Adapters.Simulation;

/// <summary>Default values of <see cref="SimulatedMarketOptions"/>, calibrated so the simulated market's daily statistics
/// resemble SPX and VIX history 1990-2023 (checked against ../shared/data by SimulatedMarketModelTests).</summary>
/// <remarks>
/// Calibration targets (history from the shared data, 1990 onward): SPX annualised volatility of daily log returns 18.2%;
/// VIX mean 19.4, 5th percentile 11.4, 95th percentile 32.9; correlation of daily SPX log returns with daily VIX point
/// changes -0.79; VIX3M/VIX 1.13 on average; VIX9D above VIX3M on 13% of days; NYSE issues traded about 3,040 a day
/// since 2015, 3.5% unchanged; daily SPX log return against (advancing - declining)/(advancing + declining) correlates
/// 0.80. The parameters were fitted by a random search over long simulated histories and rounded; with them, 25-year runs
/// give volatility 17-19%, VIX mean 18.5-19.5, 5th percentile about 10.6, 95th 30.5-32, correlation -0.76 to -0.79,
/// VIX3M/VIX 1.13, VIX9D above VIX3M on about 16% of days, and breadth correlation 0.81.
/// </remarks>
public static class SimulatedMarketDefaults
{
    /// <summary>Seed of the embedded default run.</summary>
    public const int Seed = 42;

    /// <summary>The first simulated instant: the NYSE open of Thursday 2 January 2025 (09:30 New York).</summary>
    public static readonly Instant Start = Instant.FromUtc(2025, 1, 2, 14, 30);

    /// <summary>SPX at the start, in index points.</summary>
    public const decimal StartSpx = 5900m;

    /// <summary>VIX at the start; sets the starting variance (see <see cref="SimulatedMarketModel"/>).</summary>
    public const decimal StartVix = 16m;

    /// <summary>μ: expected SPX log return per year before the variance correction (about the index's long-run drift).</summary>
    public const double DriftPerYear = 0.07;

    /// <summary>κ: speed at which variance returns to its long-run level, per year (half-life ln 2/κ ≈ 17 trading days).</summary>
    public const double MeanReversionPerYear = 10.0;

    /// <summary>θ: long-run variance of SPX returns, per year (≈ 16.4% volatility before jumps).</summary>
    public const double LongRunVariance = 0.027;

    /// <summary>ξ: volatility of variance; how violently variance moves.</summary>
    public const double VolatilityOfVariance = 0.65;

    /// <summary>ρ: correlation of price and variance shocks; negative is the leverage effect (prices fall as fear rises).</summary>
    public const double PriceVarianceCorrelation = -0.88;

    /// <summary>λ: expected number of jumps per year (market shocks that move price and variance together).</summary>
    public const double JumpsPerYear = 1.5;

    /// <summary>Mean log return of a price jump (-1.8%: jumps are mostly down).</summary>
    public const double JumpMeanLogReturn = -0.018;

    /// <summary>Standard deviation of a price jump's log return.</summary>
    public const double JumpLogReturnStandardDeviation = 0.02;

    /// <summary>Mean of the exponentially distributed variance added by a jump (0.04 lifts volatility from 16% to about 25%).</summary>
    public const double VarianceJumpMean = 0.04;

    /// <summary>Share of a trading day's variance that arrives overnight, as the opening gap.</summary>
    public const double OvernightVarianceFraction = 0.2;

    /// <summary>κ under the pricing measure: slower than <see cref="MeanReversionPerYear"/>, so implied volatility
    /// term structures are flatter than the real mean reversion would give.</summary>
    public const double RiskNeutralMeanReversionPerYear = 3.0;

    /// <summary>θ under the pricing measure: the level option markets expect variance to revert to; above the real
    /// <see cref="LongRunVariance"/>, which puts the VIX curve in contango on calm days.</summary>
    public const double RiskNeutralLongRunVariance = 0.06;

    /// <summary>Premium of implied over expected variance: VIX² = (1 + premium) × expected variance.</summary>
    public const double VarianceRiskPremium = 0.10;

    /// <summary>Quotes per second per index (SPX, VIX, VIX9D, VIX3M), as the broker streams them.</summary>
    public const double QuotesPerSecond = 4.0;

    /// <summary>Time between NYSE breadth updates.</summary>
    public static readonly TimeSpan BreadthInterval = TimeSpan.FromMinutes(1);

    /// <summary>NYSE issues traded per day (advancing + declining + unchanged).</summary>
    public const int TotalIssues = 3000;

    /// <summary>Share of issues unchanged on the day.</summary>
    public const double UnchangedFraction = 0.035;

    /// <summary>Slope of the advancing share (logistic) per standard deviation of SPX's move since the previous close.</summary>
    public const double BreadthSensitivity = 1.0;

    /// <summary>Standard deviation over a whole day of the breadth factor not explained by SPX (logistic units).</summary>
    public const double BreadthNoise = 0.5;
}
