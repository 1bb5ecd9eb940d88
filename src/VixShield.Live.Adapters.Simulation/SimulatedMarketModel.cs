namespace VixShield.Live.Adapters.Simulation;

/// <summary>A seeded stochastic-volatility market: SPX, VIX, VIX9D, VIX3M and NYSE advancing/declining issues.</summary>
/// <remarks>
/// <para><b>Time.</b> The model runs in trading years: 252 sessions a year. A regular 6.5-hour session carries
/// (1 - f)/252 of a year of diffusion, shared evenly over its minutes, and each <see cref="OpenSession"/> adds an
/// overnight step of f/252 (f = <see cref="SimulatedMarketOptions.OvernightVarianceFraction"/>), which becomes the
/// opening gap. Weekends and holidays add no extra time; early closes carry proportionally less.</para>
/// <para><b>SPX</b> follows a Heston-type process with jumps (Bates/SVJ). Over a step of dt years, with correlated
/// standard normal shocks Z₁, Z₂ (corr ρ, <see cref="SimulatedMarketOptions.PriceVarianceCorrelation"/>):
/// <c>ln S += (μ - v/2)·dt + √(v·dt)·Z₁</c> and <c>v += κ(θ - v)·dt + ξ√(v·dt)·Z₂</c>, with v floored at 0 inside the
/// step (full truncation). μ = <see cref="SimulatedMarketOptions.DriftPerYear"/>, κ =
/// <see cref="SimulatedMarketOptions.MeanReversionPerYear"/>, θ = <see cref="SimulatedMarketOptions.LongRunVariance"/>,
/// ξ = <see cref="SimulatedMarketOptions.VolatilityOfVariance"/>. Negative ρ is the leverage effect: falling prices
/// come with rising variance. With probability λ·dt a step also jumps (λ = <see cref="SimulatedMarketOptions.JumpsPerYear"/>):
/// ln S moves by a normal draw with mean <see cref="SimulatedMarketOptions.JumpMeanLogReturn"/> and standard deviation
/// <see cref="SimulatedMarketOptions.JumpLogReturnStandardDeviation"/>, and v rises by an exponential draw with mean
/// <see cref="SimulatedMarketOptions.VarianceJumpMean"/>. Those joint jumps are the stress episodes: VIX spikes and the
/// term structure inverts, then both decay at rate κ.</para>
/// <para><b>Volatility indexes</b> are the square root of the model's expected average variance over their horizon, as
/// the CBOE indexes are by construction: for a horizon of τ years (9, 30 and 93 calendar days over 365 for VIX9D,
/// VIX and VIX3M), <c>index = 100·√((1 + p)·(θq + (v - θq)·(1 - e^(-κq·τ))/(κq·τ) + λ·(μJ² + σJ²)))</c>. κq and θq
/// (<see cref="SimulatedMarketOptions.RiskNeutralMeanReversionPerYear"/>, <see cref="SimulatedMarketOptions.RiskNeutralLongRunVariance"/>)
/// are the pricing-measure counterparts of κ and θ, the last term is the jumps' variance and p is
/// <see cref="SimulatedMarketOptions.VarianceRiskPremium"/>. When v is above θq the short horizon weighs today's
/// variance most, so VIX9D &gt; VIX &gt; VIX3M (backwardation, the stress signature); calm days give contango.</para>
/// <para><b>Breadth.</b> Of <see cref="SimulatedMarketOptions.TotalIssues"/> issues a fixed share
/// (<see cref="SimulatedMarketOptions.UnchangedFraction"/>) is unchanged; the rest split into advancing and declining with
/// advancing share <c>1/(1 + e^(-x))</c>, <c>x = k·r/σ + e</c>: r is SPX's log return since the previous close, σ the current
/// daily volatility √(v/252) (floored at 5% a year), k = <see cref="SimulatedMarketOptions.BreadthSensitivity"/>, and e a
/// per-day random walk starting at 0 whose variance over a full day is
/// <see cref="SimulatedMarketOptions.BreadthNoise"/>². The counts are running intraday totals; at the close they are the
/// day's totals, and they co-move with SPX as NYSE breadth does.</para>
/// <para><b>Start.</b> SPX starts at <see cref="SimulatedMarketOptions.StartSpx"/>; v starts where the VIX formula gives
/// <see cref="SimulatedMarketOptions.StartVix"/> (floored at 0.0001). All randomness comes from the injected
/// <see cref="Random"/>, so a seed fixes the path. <see cref="Advance"/> allocates nothing.</para>
/// </remarks>
public sealed class SimulatedMarketModel
{
    /// <summary>Trading sessions per model year.</summary>
    public const double SessionsPerYear = 252.0;

    /// <summary>VIX9D, VIX and VIX3M horizons in calendar days.</summary>
    public const double Vix9dDays = 9.0;

    public const double VixDays = 30.0;

    public const double Vix3mDays = 93.0;

    /// <summary>The regular session length over which a day's intraday variance is spread.</summary>
    public static readonly TimeSpan RegularSessionLength = TimeSpan.FromHours(6.5);

    private const double MinimumBreadthVariance = 0.0025;
    private const double MinimumStartVariance = 0.0001;

    private readonly Random random;
    private readonly double drift;
    private readonly double kappa;
    private readonly double theta;
    private readonly double xi;
    private readonly double rho;
    private readonly double rhoComplement;
    private readonly double jumpsPerYear;
    private readonly double jumpMean;
    private readonly double jumpDeviation;
    private readonly double varianceJumpMean;
    private readonly double overnightYears;
    private readonly double intradayYearsPerTick;
    private readonly double kappaQ;
    private readonly double thetaQ;
    private readonly double premiumFactor;
    private readonly double jumpVariance;
    private readonly int changingIssues;
    private readonly int totalIssues;
    private readonly double breadthSensitivity;
    private readonly double breadthNoise;
    private double logSpx;
    private double previousCloseLog;
    private double breadthFactor;
    private double spareNormal;
    private bool hasSpareNormal;

    public SimulatedMarketModel(SimulatedMarketOptions options, Random random)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(random);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("invalid simulated market options: " + string.Join("; ", errors), nameof(options));
        }

        this.random = random;
        drift = options.DriftPerYear;
        kappa = options.MeanReversionPerYear;
        theta = options.LongRunVariance;
        xi = options.VolatilityOfVariance;
        rho = options.PriceVarianceCorrelation;
        rhoComplement = Math.Sqrt(1.0 - (rho * rho));
        jumpsPerYear = options.JumpsPerYear;
        jumpMean = options.JumpMeanLogReturn;
        jumpDeviation = options.JumpLogReturnStandardDeviation;
        varianceJumpMean = options.VarianceJumpMean;
        overnightYears = options.OvernightVarianceFraction / SessionsPerYear;
        intradayYearsPerTick = (1.0 - options.OvernightVarianceFraction) / SessionsPerYear / RegularSessionLength.Ticks;
        kappaQ = options.RiskNeutralMeanReversionPerYear;
        thetaQ = options.RiskNeutralLongRunVariance;
        premiumFactor = 1.0 + options.VarianceRiskPremium;
        jumpVariance = jumpsPerYear * ((jumpMean * jumpMean) + (jumpDeviation * jumpDeviation));
        totalIssues = options.TotalIssues;
        changingIssues = (int)Math.Round(options.TotalIssues * (1.0 - options.UnchangedFraction));
        breadthSensitivity = options.BreadthSensitivity;
        breadthNoise = options.BreadthNoise;

        logSpx = Math.Log((double)options.StartSpx);
        previousCloseLog = logSpx;
        Variance = StartingVariance((double)options.StartVix);
    }

    /// <summary>Current SPX level.</summary>
    public double Spx => Math.Exp(logSpx);

    /// <summary>Current instantaneous variance v of SPX returns, per year.</summary>
    public double Variance { get; private set; }

    public double Vix => ImpliedVolatility(VixDays);

    public double Vix9d => ImpliedVolatility(Vix9dDays);

    public double Vix3m => ImpliedVolatility(Vix3mDays);

    /// <summary>NYSE issues up since the previous close, so far today.</summary>
    public int AdvancingIssues => (int)Math.Round(changingIssues * AdvancingShare());

    /// <summary>NYSE issues down since the previous close, so far today.</summary>
    public int DecliningIssues => changingIssues - AdvancingIssues;

    /// <summary>NYSE issues unchanged (a fixed share of <see cref="SimulatedMarketOptions.TotalIssues"/>).</summary>
    public int UnchangedIssues => totalIssues - changingIssues;

    /// <summary>Starts a trading day: records the previous close, resets the breadth factor and applies the overnight
    /// step (the opening gap).</summary>
    public void OpenSession()
    {
        previousCloseLog = logSpx;
        breadthFactor = 0;
        Step(overnightYears);
    }

    /// <summary>Moves the model forward by <paramref name="marketTime"/> of open-market time.</summary>
    public void Advance(TimeSpan marketTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(marketTime, TimeSpan.Zero);
        if (marketTime > TimeSpan.Zero)
        {
            Step(marketTime.Ticks * intradayYearsPerTick);
        }
    }

    /// <summary>The volatility index for a horizon of <paramref name="calendarDays"/>, in percentage points.</summary>
    public double ImpliedVolatility(double calendarDays)
    {
        var tau = calendarDays / 365.0;
        var decay = kappaQ * tau;
        var weight = (1.0 - Math.Exp(-decay)) / decay;
        var expected = thetaQ + ((Math.Max(Variance, 0.0) - thetaQ) * weight) + jumpVariance;
        return 100.0 * Math.Sqrt(premiumFactor * Math.Max(expected, 0.0));
    }

    private double StartingVariance(double vix)
    {
        var decay = kappaQ * (VixDays / 365.0);
        var weight = (1.0 - Math.Exp(-decay)) / decay;
        var expected = (vix / 100.0) * (vix / 100.0) / premiumFactor;
        return Math.Max(thetaQ + ((expected - jumpVariance - thetaQ) / weight), MinimumStartVariance);
    }

    private void Step(double years)
    {
        var variance = Math.Max(Variance, 0.0);
        var varianceShock = NextNormal();
        var priceShock = (rho * varianceShock) + (rhoComplement * NextNormal());
        var root = Math.Sqrt(variance * years);
        logSpx += ((drift - (0.5 * variance)) * years) + (root * priceShock);
        var next = Variance + (kappa * (theta - variance) * years) + (xi * root * varianceShock);
        if (random.NextDouble() < jumpsPerYear * years)
        {
            logSpx += jumpMean + (jumpDeviation * NextNormal());
            next += -varianceJumpMean * Math.Log(1.0 - random.NextDouble());
        }

        Variance = next;
        breadthFactor += breadthNoise * Math.Sqrt(years * SessionsPerYear) * NextNormal();
    }

    private double AdvancingShare()
    {
        var dailyDeviation = Math.Sqrt(Math.Max(Variance, MinimumBreadthVariance) / SessionsPerYear);
        var x = (breadthSensitivity * (logSpx - previousCloseLog) / dailyDeviation) + breadthFactor;
        return 1.0 / (1.0 + Math.Exp(-x));
    }

    /// <summary>Box-Muller: two standard normals from two uniforms, the second kept for the next call.</summary>
    private double NextNormal()
    {
        if (hasSpareNormal)
        {
            hasSpareNormal = false;
            return spareNormal;
        }

        var radius = Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble()));
        var angle = 2.0 * Math.PI * random.NextDouble();
        spareNormal = radius * Math.Sin(angle);
        hasSpareNormal = true;
        return radius * Math.Cos(angle);
    }
}
