using BenchmarkDotNet.Attributes;
using NodaTime;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Engine.Bars;

namespace VixShield.Live.Benchmarks;

/// <summary>Cost of <see cref="BarAggregator.OnQuote"/> per quote in a simulated session, bar closes included.</summary>
/// <remarks>Each iteration starts a fresh aggregator and feeds it, untimed, the session's first half hour, so the
/// timed quotes find every builder open (steady state) and the session already looked up.</remarks>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[InvocationCount(1)]
[WarmupCount(2)]
[IterationCount(15)]
public class BarAggregatorBenchmarks
{
    private const int MeasuredQuotes = 250_000;

    private Quote[] quotes = [];
    private int measuredFrom;
    private BarAggregator aggregator = null!;
    private long barsClosed;

    [GlobalSetup]
    public void RecordQuotes()
    {
        var tape = SimulatedTape.Record(new LocalDate(2025, 3, 4), sessionCount: 1, seed: 7);
        quotes = [.. tape.Events.Where(e => e.Kind == InboundEventKind.Quote).Select(e => e.Quote)];
        var warmUpEnd = tape.Sessions[0].Open + Duration.FromMinutes(30);
        measuredFrom = Array.FindIndex(quotes, q => q.EventTime >= warmUpEnd);
        if (measuredFrom + MeasuredQuotes > quotes.Length)
        {
            throw new InvalidOperationException($"the session has {quotes.Length} quotes; {measuredFrom + MeasuredQuotes} are needed");
        }
    }

    [IterationSetup]
    public void StartSession()
    {
        aggregator = new BarAggregator(SimulatedTape.Calendar, OnBarClosed);
        for (var i = 0; i < measuredFrom; i++)
        {
            aggregator.OnQuote(in quotes[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = MeasuredQuotes)]
    public long OnQuote()
    {
        var end = measuredFrom + MeasuredQuotes;
        for (var i = measuredFrom; i < end; i++)
        {
            aggregator.OnQuote(in quotes[i]);
        }

        return barsClosed;
    }

    private void OnBarClosed(in Bar bar) => barsClosed++;
}
