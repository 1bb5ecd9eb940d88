using BenchmarkDotNet.Attributes;
using VixShield.Live.Indicators.Averages;
using VixShield.Live.Indicators.Breadth;
using VixShield.Live.Indicators.Momentum;

namespace VixShield.Live.Benchmarks;

/// <summary>Cost of one indicator update (target: 10 ns or less and 0 bytes allocated).</summary>
/// <remarks>Each invocation resets the indicator and feeds <see cref="BenchmarkInputs.Count"/> inputs (times must
/// strictly increase, so the same inputs cannot be fed twice without a reset); the reset is amortised over them and
/// includes the warm-up steps, which are cheaper than the steady state. Min is reported beside mean and median because
/// the build machine is shared: the minimum is the closest estimate of the uncontended cost.</remarks>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class IndicatorUpdateBenchmarks
{
    private readonly BenchmarkInputs inputs = new(seed: 42);
    private readonly ExponentialMovingAverage ema = new(12);
    private readonly RelativeStrengthIndex rsi = new();
    private readonly MovingAverageConvergenceDivergence macd = new();
    private readonly AdvanceDeclineLine advanceDeclineLine = new();

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    public double? ExponentialMovingAverageUpdate()
    {
        ema.Reset();
        var times = inputs.Times;
        var values = inputs.Values;
        for (var i = 0; i < times.Length; i++)
        {
            ema.Update(times[i], values[i]);
        }

        return ema.Current;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    public double? RelativeStrengthIndexUpdate()
    {
        rsi.Reset();
        var times = inputs.Times;
        var values = inputs.Values;
        for (var i = 0; i < times.Length; i++)
        {
            rsi.Update(times[i], values[i]);
        }

        return rsi.Current;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    public double? MovingAverageConvergenceDivergenceUpdate()
    {
        macd.Reset();
        var times = inputs.Times;
        var values = inputs.Values;
        for (var i = 0; i < times.Length; i++)
        {
            macd.Update(times[i], values[i]);
        }

        return macd.Histogram;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    public double? AdvanceDeclineLineUpdate()
    {
        advanceDeclineLine.Reset();
        var times = inputs.Times;
        var advancing = inputs.Advancing;
        var declining = inputs.Declining;
        for (var i = 0; i < times.Length; i++)
        {
            advanceDeclineLine.Update(times[i], advancing[i], declining[i]);
        }

        return advanceDeclineLine.Current;
    }
}
