using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Indicators.Averages;

namespace VixShield.Live.Indicators.Momentum;

/// <summary>Moving Average Convergence/Divergence: EMA(fast) - EMA(slow), its signal EMA and the histogram.</summary>
/// <remarks>
/// <para>Matches TA-Lib's <c>TA_MACD</c> (default compatibility) bit for bit. Its seeding differs from "two
/// independent EMAs subtracted": TA-Lib aligns both seed windows to end on the same input. The slow EMA is seeded
/// with the mean of inputs 1..slow; the fast EMA is NOT seeded with the mean of inputs 1..fast but with the mean of
/// the last <c>fast</c> inputs of that same window (inputs slow - fast + 1 .. slow, i.e. 15..26 for 12/26).
/// Both then step with k = 2 / (period + 1). The MACD line therefore starts at input <c>slow</c>; the signal EMA is
/// seeded with the mean of the first <c>signal</c> MACD-line values and the histogram is line minus signal.</para>
/// <para>Consequence: in the first few dozen bars our MACD line differs from <c>EMA(12) - EMA(26)</c> computed from
/// two standalone <see cref="ExponentialMovingAverage"/> (or TradingView's <c>ta.ema</c>); the gap shrinks by
/// (1 - 2/13) per bar and is below 1e-9 relative after about 150 bars. Values agree with TA-Lib from the first one.</para>
/// <para><see cref="IsReady"/> (and <see cref="Current"/>, the MACD line) waits for the signal:
/// <see cref="WarmUpPeriod"/> = slow + signal - 1 (34 for 12/26/9, TA-Lib's lookback + 1).
/// Bars feed their close at <see cref="Bar.End"/>.</para>
/// </remarks>
public sealed class MovingAverageConvergenceDivergence : IScalarIndicator
{
    private readonly double fastAlpha;
    private readonly double slowAlpha;
    private readonly double signalAlpha;
    private readonly int fastSeedStart;
    private double fastSum;
    private double slowSum;
    private double signalSum;
    private double fast;
    private double slow;
    private double line;
    private double signal;
    private Instant lastTime;

    /// <param name="fastPeriod">Fast EMA period; at least 1 and less than <paramref name="slowPeriod"/>.</param>
    /// <param name="slowPeriod">Slow EMA period.</param>
    /// <param name="signalPeriod">Signal EMA period; at least 1.</param>
    public MovingAverageConvergenceDivergence(
        int fastPeriod = MovingAverageConvergenceDivergenceDefaults.FastPeriod,
        int slowPeriod = MovingAverageConvergenceDivergenceDefaults.SlowPeriod,
        int signalPeriod = MovingAverageConvergenceDivergenceDefaults.SignalPeriod)
    {
        IndicatorGuard.RequirePeriod(fastPeriod, 1, nameof(fastPeriod));
        IndicatorGuard.RequirePeriod(signalPeriod, 1, nameof(signalPeriod));
        if (slowPeriod <= fastPeriod)
        {
            throw new ArgumentOutOfRangeException(nameof(slowPeriod), slowPeriod, $"slowPeriod must be greater than fastPeriod ({fastPeriod}).");
        }

        FastPeriod = fastPeriod;
        SlowPeriod = slowPeriod;
        SignalPeriod = signalPeriod;
        fastAlpha = ExponentialMovingAverageKernel.Alpha(fastPeriod);
        slowAlpha = ExponentialMovingAverageKernel.Alpha(slowPeriod);
        signalAlpha = ExponentialMovingAverageKernel.Alpha(signalPeriod);
        fastSeedStart = MovingAverageConvergenceDivergenceKernel.FastSeedStart(fastPeriod, slowPeriod);
        WarmUpPeriod = slowPeriod + signalPeriod - 1;
        Name = string.Create(CultureInfo.InvariantCulture, $"MACD({fastPeriod},{slowPeriod},{signalPeriod})");
    }

    public string Name { get; }

    public int FastPeriod { get; }

    public int SlowPeriod { get; }

    public int SignalPeriod { get; }

    public int WarmUpPeriod { get; }

    public long Samples { get; private set; }

    public bool IsReady => Samples >= WarmUpPeriod;

    /// <summary>The MACD line (fast - slow), or null until ready.</summary>
    public double? Current => IsReady ? line : null;

    /// <summary>The fast EMA (TA-Lib seeding, see remarks), or null until the slow EMA is seeded too.</summary>
    public double? Fast => Samples >= SlowPeriod ? fast : null;

    /// <summary>The slow EMA, or null before input number <see cref="SlowPeriod"/>.</summary>
    public double? Slow => Samples >= SlowPeriod ? slow : null;

    /// <summary>The signal EMA of the MACD line, or null until ready.</summary>
    public double? Signal => IsReady ? signal : null;

    /// <summary>MACD line minus signal, or null until ready.</summary>
    public double? Histogram => IsReady ? MovingAverageConvergenceDivergenceKernel.Histogram(line, signal) : null;

    public bool Update(in Bar bar) => Update(bar.End, (double)bar.Close);

    public bool Update(Instant time, double value)
    {
        IndicatorGuard.RequireFinite(value, Name, nameof(value));
        IndicatorGuard.RequireAfter(time, lastTime, Samples, Name);
        lastTime = time;
        var samples = ++Samples;
        if (samples <= SlowPeriod)
        {
            slowSum += value;
            if (samples >= fastSeedStart)
            {
                fastSum += value;
            }

            if (samples < SlowPeriod)
            {
                return false;
            }

            slow = ExponentialMovingAverageKernel.Seed(slowSum, SlowPeriod);
            fast = ExponentialMovingAverageKernel.Seed(fastSum, FastPeriod);
        }
        else
        {
            fast = ExponentialMovingAverageKernel.Step(fast, value, fastAlpha);
            slow = ExponentialMovingAverageKernel.Step(slow, value, slowAlpha);
        }

        line = MovingAverageConvergenceDivergenceKernel.Line(fast, slow);
        if (samples < WarmUpPeriod)
        {
            signalSum += line;
            return false;
        }

        signal = samples == WarmUpPeriod
            ? ExponentialMovingAverageKernel.Seed(signalSum + line, SignalPeriod)
            : ExponentialMovingAverageKernel.Step(signal, line, signalAlpha);
        return true;
    }

    public void Reset()
    {
        fastSum = 0;
        slowSum = 0;
        signalSum = 0;
        fast = 0;
        slow = 0;
        line = 0;
        signal = 0;
        lastTime = default;
        Samples = 0;
    }
}
