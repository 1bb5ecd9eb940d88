using VixShield.Live.Indicators.Averages;
using VixShield.Live.Indicators.Breadth;
using VixShield.Live.Indicators.Extremes;
using VixShield.Live.Indicators.Momentum;
using VixShield.Live.Indicators.Signals;
using VixShield.Live.Indicators.Volatility;

namespace VixShield.Live.Indicators.Tests.Support;

/// <summary>Naive whole-series computations through the production <c>*Kernel</c> classes (Stock.Indicators'
/// batch side). They share the maths with the incremental types, so comparing the two checks the incremental
/// plumbing (warm-up, seeding, ring buffers, reset) bit for bit; the maths itself is checked against
/// <see cref="TaLibReference"/> and hand-computed cases.</summary>
public static class BatchKernels
{
    public static double?[] Ema(double[] values, int period)
    {
        var result = new double?[values.Length];
        var alpha = ExponentialMovingAverageKernel.Alpha(period);
        var sum = 0.0;
        for (var i = 0; i < period && i < values.Length; i++)
        {
            sum += values[i];
        }

        double? previous = null;
        for (var i = period - 1; i < values.Length; i++)
        {
            previous = previous is { } p ? ExponentialMovingAverageKernel.Step(p, values[i], alpha) : ExponentialMovingAverageKernel.Seed(sum, period);
            result[i] = previous;
        }

        return result;
    }

    public static double?[] Sma(double[] values, int period)
    {
        var result = new double?[values.Length];
        for (var i = period - 1; i < values.Length; i++)
        {
            result[i] = SimpleMovingAverageKernel.Mean(values.AsSpan(i - period + 1, period), 0);
        }

        return result;
    }

    /// <summary>Rows of [rsi, average gain, average loss].</summary>
    public static double?[][] Rsi(double[] values, int period)
    {
        var rows = EmptyRows(values.Length, 3);
        double gain = 0, loss = 0;
        for (var i = 1; i < values.Length; i++)
        {
            var change = values[i] - values[i - 1];
            if (i < period)
            {
                gain += RelativeStrengthIndexKernel.Gain(change);
                loss += RelativeStrengthIndexKernel.Loss(change);
                continue;
            }

            if (i == period)
            {
                gain = RelativeStrengthIndexKernel.Seed(gain + RelativeStrengthIndexKernel.Gain(change), period);
                loss = RelativeStrengthIndexKernel.Seed(loss + RelativeStrengthIndexKernel.Loss(change), period);
            }
            else
            {
                gain = RelativeStrengthIndexKernel.Smooth(gain, RelativeStrengthIndexKernel.Gain(change), period);
                loss = RelativeStrengthIndexKernel.Smooth(loss, RelativeStrengthIndexKernel.Loss(change), period);
            }

            rows[i] = [RelativeStrengthIndexKernel.Value(gain, loss), gain, loss];
        }

        return rows;
    }

    /// <summary>Rows of [macd line, fast, slow, signal, histogram].</summary>
    public static double?[][] Macd(double[] values, int fastPeriod, int slowPeriod, int signalPeriod)
    {
        var rows = EmptyRows(values.Length, 5);
        if (values.Length < slowPeriod)
        {
            return rows;
        }

        var slowSum = 0.0;
        for (var i = 0; i < slowPeriod; i++)
        {
            slowSum += values[i];
        }

        var fastSum = 0.0;
        for (var i = slowPeriod - fastPeriod; i < slowPeriod; i++)
        {
            fastSum += values[i];
        }

        var fastAlpha = ExponentialMovingAverageKernel.Alpha(fastPeriod);
        var slowAlpha = ExponentialMovingAverageKernel.Alpha(slowPeriod);
        var signalAlpha = ExponentialMovingAverageKernel.Alpha(signalPeriod);
        var lines = new double[values.Length];
        double fast = 0, slow = 0, signal = 0, signalSum = 0;
        for (var i = slowPeriod - 1; i < values.Length; i++)
        {
            if (i == slowPeriod - 1)
            {
                fast = ExponentialMovingAverageKernel.Seed(fastSum, fastPeriod);
                slow = ExponentialMovingAverageKernel.Seed(slowSum, slowPeriod);
            }
            else
            {
                fast = ExponentialMovingAverageKernel.Step(fast, values[i], fastAlpha);
                slow = ExponentialMovingAverageKernel.Step(slow, values[i], slowAlpha);
            }

            lines[i] = MovingAverageConvergenceDivergenceKernel.Line(fast, slow);
            var lineNumber = i - (slowPeriod - 1) + 1;
            if (lineNumber < signalPeriod)
            {
                signalSum += lines[i];
                rows[i] = [null, fast, slow, null, null];
                continue;
            }

            signal = lineNumber == signalPeriod
                ? ExponentialMovingAverageKernel.Seed(signalSum + lines[i], signalPeriod)
                : ExponentialMovingAverageKernel.Step(signal, lines[i], signalAlpha);
            rows[i] = [lines[i], fast, slow, signal, MovingAverageConvergenceDivergenceKernel.Histogram(lines[i], signal)];
        }

        return rows;
    }

    public static double?[] StandardDeviation(double[] values, int period, DeviationBasis basis)
    {
        var result = new double?[values.Length];
        for (var i = period - 1; i < values.Length; i++)
        {
            result[i] = StandardDeviationKernel.StandardDeviation(values.AsSpan(i - period + 1, period), 0, basis);
        }

        return result;
    }

    public static double?[] RealisedVolatility(double[] prices, int period, int tradingDaysPerYear)
    {
        var result = new double?[prices.Length];
        var returns = new double[prices.Length];
        for (var i = 1; i < prices.Length; i++)
        {
            returns[i] = RealisedVolatilityKernel.LogReturn(prices[i - 1], prices[i]);
            if (i >= period)
            {
                var deviation = StandardDeviationKernel.StandardDeviation(returns.AsSpan(i - period + 1, period), 0, DeviationBasis.Sample);
                result[i] = RealisedVolatilityKernel.Annualise(deviation, tradingDaysPerYear);
            }
        }

        return result;
    }

    public static double?[] RollingMax(double[] values, int period)
    {
        var result = new double?[values.Length];
        for (var i = period - 1; i < values.Length; i++)
        {
            result[i] = RollingExtremeKernel.Max(values.AsSpan(i - period + 1, period));
        }

        return result;
    }

    public static double?[] RollingMin(double[] values, int period)
    {
        var result = new double?[values.Length];
        for (var i = period - 1; i < values.Length; i++)
        {
            result[i] = RollingExtremeKernel.Min(values.AsSpan(i - period + 1, period));
        }

        return result;
    }

    public static double?[] AdvanceDeclineLine(double[] advancing, double[] declining)
    {
        var result = new double?[advancing.Length];
        var line = 0.0;
        for (var i = 0; i < advancing.Length; i++)
        {
            line = AdvanceDeclineLineKernel.Step(line, advancing[i], declining[i]);
            result[i] = line;
        }

        return result;
    }

    /// <summary>Rows of [days, price high, line high].</summary>
    public static double?[][] AdvanceDeclineDivergence(double[] prices, double[] lines, int lookback, double proximityPercent)
    {
        var rows = EmptyRows(prices.Length, 3);
        var days = 0;
        for (var i = lookback - 1; i < prices.Length; i++)
        {
            var priceHigh = RollingExtremeKernel.Max(prices.AsSpan(i - lookback + 1, lookback));
            var lineHigh = RollingExtremeKernel.Max(lines.AsSpan(i - lookback + 1, lookback));
            days = AdvanceDeclineDivergenceKernel.NextCount(days, AdvanceDeclineDivergenceKernel.IsDivergent(prices[i], priceHigh, lines[i], lineHigh, proximityPercent));
            rows[i] = [days, priceHigh, lineHigh];
        }

        return rows;
    }

    /// <summary>Rows of [active, cross-down, divergence, divergence price high, divergence histogram high, histogram].</summary>
    public static double?[][] MacdBearish(double[] closes, int fastPeriod, int slowPeriod, int signalPeriod, int lookback)
    {
        var macd = Macd(closes, fastPeriod, slowPeriod, signalPeriod);
        var warmUp = slowPeriod + signalPeriod - 1;
        var rows = new double?[closes.Length][];
        bool crossDown = false, divergence = false;
        double priceHigh = 0, histogramHigh = 0;
        var daysSince = 0;
        var histograms = new double[closes.Length];
        for (var i = 0; i < closes.Length; i++)
        {
            if (i < warmUp - 1)
            {
                rows[i] = [null, 0, 0, 0, 0, null];
                continue;
            }

            var histogram = macd[i][4]!.Value;
            histograms[i] = histogram;
            var first = i - (warmUp - 1);
            crossDown = MacdBearishKernel.BelowAfterCrossDown(crossDown, first > 0, first > 0 ? histograms[i - 1] : 0, histogram);
            if (first >= lookback)
            {
                var priorPriceHigh = RollingExtremeKernel.Max(closes.AsSpan(i - lookback, lookback));
                var priorHistogramHigh = RollingExtremeKernel.Max(histograms.AsSpan(i - lookback, lookback));
                if (MacdBearishKernel.IsBearishDivergence(closes[i], priorPriceHigh, histogram, priorHistogramHigh))
                {
                    divergence = true;
                    priceHigh = priorPriceHigh;
                    histogramHigh = priorHistogramHigh;
                    daysSince = 0;
                }
                else if (divergence)
                {
                    daysSince++;
                    divergence = MacdBearishKernel.DivergencePersists(daysSince, lookback, histogram, histogramHigh);
                }
            }

            var ready = i + 1 >= warmUp + lookback;
            rows[i] = [ready ? Flag(crossDown || divergence) : null, Flag(crossDown), Flag(divergence), priceHigh, histogramHigh, histogram];
        }

        return rows;
    }

    /// <summary>Rows of [active, zero cross, shrinking weeks, line].</summary>
    public static double?[][] WeeklyMacdWarning(double[] closes, int fastPeriod, int slowPeriod, int signalPeriod, int shrinkingWeeks)
    {
        var macd = Macd(closes, fastPeriod, slowPeriod, signalPeriod);
        var warmUp = slowPeriod + signalPeriod - 1;
        var rows = new double?[closes.Length][];
        var zeroCross = false;
        var shrinking = 0;
        for (var i = 0; i < closes.Length; i++)
        {
            if (i < warmUp - 1)
            {
                rows[i] = [null, 0, 0, null];
                continue;
            }

            var line = macd[i][0]!.Value;
            if (i >= warmUp)
            {
                zeroCross = WeeklyMacdWarningKernel.CrossesZero(macd[i - 1][0]!.Value, line);
                shrinking = WeeklyMacdWarningKernel.NextShrinkingCount(shrinking, macd[i - 1][4]!.Value, macd[i][4]!.Value);
            }

            var ready = i + 1 >= warmUp + 1;
            rows[i] = [ready ? Flag(zeroCross || shrinking >= shrinkingWeeks) : null, Flag(zeroCross), shrinking, line];
        }

        return rows;
    }

    /// <summary>Rows of [active, cross up, histogram].</summary>
    public static double?[][] VixMacdCrossUp(double[] closes, int fastPeriod, int slowPeriod, int signalPeriod)
    {
        var macd = Macd(closes, fastPeriod, slowPeriod, signalPeriod);
        var warmUp = slowPeriod + signalPeriod - 1;
        var rows = new double?[closes.Length][];
        bool crossUp = false, active = false;
        for (var i = 0; i < closes.Length; i++)
        {
            if (i < warmUp - 1)
            {
                rows[i] = [null, 0, null];
                continue;
            }

            var histogram = macd[i][4]!.Value;
            if (i >= warmUp)
            {
                crossUp = VixMacdCrossUpKernel.CrossesAbove(macd[i - 1][4]!.Value, histogram);
                active = VixMacdCrossUpKernel.AboveAfterCrossUp(active, crossUp, histogram);
            }

            var ready = i + 1 >= warmUp + 1;
            rows[i] = [ready ? Flag(active) : null, Flag(crossUp), histogram];
        }

        return rows;
    }

    /// <summary>Pads a one-value series into rows of one.</summary>
    public static double?[][] Rows(double?[] values)
    {
        var rows = new double?[values.Length][];
        for (var i = 0; i < values.Length; i++)
        {
            rows[i] = [values[i]];
        }

        return rows;
    }

    public static double Flag(bool value) => value ? 1 : 0;

    private static double?[][] EmptyRows(int count, int width)
    {
        var rows = new double?[count][];
        for (var i = 0; i < count; i++)
        {
            rows[i] = new double?[width];
        }

        return rows;
    }
}
