using BenchmarkDotNet.Attributes;
using NodaTime;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Indicators.Signals;

namespace VixShield.Live.Benchmarks;

/// <summary>What the decision loop pays per event: a quote level, a 5-minute bar, and taking a snapshot.</summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class MarketSignalsBenchmarks
{
    private readonly BenchmarkInputs inputs = new(seed: 7);
    private readonly Bar[] fiveMinuteBars = new Bar[BenchmarkInputs.Count];
    private readonly MarketSignals signals = new();

    public MarketSignalsBenchmarks()
    {
        for (var i = 0; i < fiveMinuteBars.Length; i++)
        {
            var end = inputs.Times[i] + Duration.FromMinutes(5 * i);
            var close = (decimal)inputs.Values[i];
            fiveMinuteBars[i] = new Bar(MarketSymbol.Spx, BarPeriod.FiveMinutes, new LocalDate(2024, 1, 2), end - Duration.FromMinutes(5), end, close, close, close, close);
        }

        signals.OnPrice(MarketSymbol.Vix3m, 21, inputs.Times[0]);
        signals.OnPrice(MarketSymbol.Vix, 19, inputs.Times[0]);
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    public double? OnPriceVix()
    {
        var time = inputs.Times[0];
        var values = inputs.Values;
        for (var i = 0; i < values.Length; i++)
        {
            signals.OnPrice(MarketSymbol.Vix, 18 + (values[i] * 0.0001), time);
        }

        return signals.Snapshot.TermStructureRatio;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    public double? OnBarFiveMinute()
    {
        signals.Reset();
        for (var i = 0; i < fiveMinuteBars.Length; i++)
        {
            signals.OnBar(fiveMinuteBars[i]);
        }

        return signals.Snapshot.RsiFiveMinute;
    }

    [Benchmark]
    public MarketSignalSnapshot Snapshot() => signals.Snapshot;
}
