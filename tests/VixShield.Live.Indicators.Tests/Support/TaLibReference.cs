namespace VixShield.Live.Indicators.Tests.Support;

/// <summary>An independent, deliberately plain re-statement of TA-Lib's published definitions (ta_EMA.c, ta_SMA.c,
/// ta_RSI.c, ta_MACD.c in default compatibility with no unstable period), written as whole-array loops with
/// TA-Lib's lookbacks and arithmetic order. It shares no code with the production kernels.</summary>
/// <remarks>Outputs are aligned to the input (null where TA-Lib produces no value, i.e. before its lookback).</remarks>
public static class TaLibReference
{
    /// <summary>TA_EMA: lookback period - 1; seed = sum of the first period inputs / period;
    /// then prev = ((x - prev) * k) + prev with k = 2 / (period + 1).</summary>
    public static double?[] Ema(double[] input, int period)
    {
        var output = new double?[input.Length];
        var k = 2.0 / (period + 1);
        var total = 0.0;
        for (var today = 0; today < period; today++)
        {
            total += input[today];
        }

        var previous = total / period;
        output[period - 1] = previous;
        for (var today = period; today < input.Length; today++)
        {
            previous = ((input[today] - previous) * k) + previous;
            output[today] = previous;
        }

        return output;
    }

    /// <summary>TA_SMA: the mean of the last period inputs (straight sum over each window).</summary>
    public static double?[] Sma(double[] input, int period)
    {
        var output = new double?[input.Length];
        for (var end = period - 1; end < input.Length; end++)
        {
            var total = 0.0;
            for (var j = end - period + 1; j <= end; j++)
            {
                total += input[j];
            }

            output[end] = total / period;
        }

        return output;
    }

    /// <summary>TA_RSI: lookback period; average gain/loss seeded with the mean of the first period changes, then
    /// Wilder smoothing (prev * (period - 1) + today) / period; RSI = 100 * gain / (gain + loss).</summary>
    public static double?[] Rsi(double[] input, int period)
    {
        var output = new double?[input.Length];
        double gain = 0, loss = 0;
        for (var today = 1; today <= period; today++)
        {
            var change = input[today] - input[today - 1];
            if (change < 0)
            {
                loss -= change;
            }
            else
            {
                gain += change;
            }
        }

        gain /= period;
        loss /= period;
        output[period] = 100.0 * (gain / (gain + loss));
        for (var today = period + 1; today < input.Length; today++)
        {
            var change = input[today] - input[today - 1];
            gain *= period - 1;
            loss *= period - 1;
            if (change < 0)
            {
                loss -= change;
            }
            else
            {
                gain += change;
            }

            gain /= period;
            loss /= period;
            output[today] = 100.0 * (gain / (gain + loss));
        }

        return output;
    }

    /// <summary>TA_MACD: lookback (slow - 1) + (signal - 1). The slow and fast seed windows END on the same bar
    /// (slow - 1): the slow EMA averages inputs 0..slow-1, the fast EMA inputs slow-fast..slow-1. The signal EMA is
    /// seeded with the mean of the first signal MACD values. Returns (macd, signal, histogram).</summary>
    public static (double?[] Macd, double?[] Signal, double?[] Histogram) Macd(double[] input, int fastPeriod, int slowPeriod, int signalPeriod)
    {
        var macd = new double?[input.Length];
        var signal = new double?[input.Length];
        var histogram = new double?[input.Length];
        var fastK = 2.0 / (fastPeriod + 1);
        var slowK = 2.0 / (slowPeriod + 1);
        var signalK = 2.0 / (signalPeriod + 1);

        var slowTotal = 0.0;
        var fastTotal = 0.0;
        for (var today = 0; today < slowPeriod; today++)
        {
            slowTotal += input[today];
            if (today >= slowPeriod - fastPeriod)
            {
                fastTotal += input[today];
            }
        }

        var lines = new double[input.Length];
        var fast = fastTotal / fastPeriod;
        var slow = slowTotal / slowPeriod;
        lines[slowPeriod - 1] = fast - slow;
        for (var today = slowPeriod; today < input.Length; today++)
        {
            fast = ((input[today] - fast) * fastK) + fast;
            slow = ((input[today] - slow) * slowK) + slow;
            lines[today] = fast - slow;
        }

        var firstOutput = slowPeriod - 1 + signalPeriod - 1;
        var signalTotal = 0.0;
        for (var today = slowPeriod - 1; today <= firstOutput; today++)
        {
            signalTotal += lines[today];
        }

        var previousSignal = signalTotal / signalPeriod;
        for (var today = firstOutput; today < input.Length; today++)
        {
            if (today > firstOutput)
            {
                previousSignal = ((lines[today] - previousSignal) * signalK) + previousSignal;
            }

            macd[today] = lines[today];
            signal[today] = previousSignal;
            histogram[today] = lines[today] - previousSignal;
        }

        return (macd, signal, histogram);
    }

    /// <summary>Population standard deviation of each window of period inputs (TA_STDDEV with one deviation),
    /// computed from its textbook definition sqrt(mean((x - mean)^2)).</summary>
    public static double?[] StandardDeviation(double[] input, int period)
    {
        var output = new double?[input.Length];
        for (var end = period - 1; end < input.Length; end++)
        {
            var mean = 0.0;
            for (var j = end - period + 1; j <= end; j++)
            {
                mean += input[j] / period;
            }

            var squares = 0.0;
            for (var j = end - period + 1; j <= end; j++)
            {
                squares += (input[j] - mean) * (input[j] - mean) / period;
            }

            output[end] = Math.Sqrt(squares);
        }

        return output;
    }
}
