using BenchmarkDotNet.Attributes;
using NodaTime;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Condors;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Engine.Condors;
using VixShield.Live.Rules.ShadowStops;

namespace VixShield.Live.Benchmarks;

/// <summary>Cost of marking one open condor (four model option prices, the shadow stops) and of the bounded quotes between
/// full marks, as the loop does per index quote.</summary>
/// <remarks>The condor is the one the book proposes at 15:30 with SPX 5900 and VIX 16; it is marked the next morning
/// with SPX wandering a few points around the entry, so no stop fires and nothing is raised. Marks must arrive in time
/// order, so market time moves on by a microsecond per mark across all invocations (minutes in all, far from the
/// settlement). <see cref="MarkWithTermStructure"/> adds what a volatility-index quote costs on top: rebuilding the term
/// structure from the levels.</remarks>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class CondorBookBenchmarks
{
    private const int Count = 1024;

    private static readonly Duration Step = Duration.FromTicks(10);

    private readonly double[] spx = new double[Count];
    private readonly VolatilityIndexLevels[] levels = new VolatilityIndexLevels[Count];
    private CondorBook book = null!;
    private VolatilityTermStructure termStructure;
    private int alertsRaised;
    private Instant now;

    [GlobalSetup]
    public void OpenCondor()
    {
        var calendar = new NyseTradingCalendar();
        var model = new SpxOptionModel(new PricingOptions());
        var expiries = new SpxwExpiries(calendar);
        book = new CondorBook(
            new CondorSelector(new CondorSelectionOptions(), model, expiries), expiries, model, new ShadowStopOptions(),
            (_, _, _, _, _, _) => alertsRaised++);
        var entryDay = calendar.GetSession(new LocalDate(2025, 3, 3))!;
        var entryLevels = new VolatilityIndexLevels(16m, 15m, 18m);
        book.OnSessionOpen(entryDay);
        book.OnTime(book.NextEntry, 5900m, in entryLevels);
        if (book.OpenPositions.Count != 1 || alertsRaised != 1)
        {
            throw new InvalidOperationException("the book did not open the benchmark condor with its one proposal alert");
        }

        termStructure = new VolatilityTermStructure(in entryLevels);
        now = calendar.GetSession(new LocalDate(2025, 3, 4))!.Open + Duration.FromMinutes(30);
        for (var i = 0; i < Count; i++)
        {
            spx[i] = 5900 + (3 * Math.Sin(i / 10.0));
            levels[i] = new VolatilityIndexLevels(16m + (i % 7 * 0.01m), 15m, 18m);
        }
    }

    [GlobalCleanup]
    public void CheckNothingRaised()
    {
        if (alertsRaised != 1)
        {
            throw new InvalidOperationException($"marking raised {alertsRaised - 1} alert(s); the benchmark must measure quiet marks");
        }
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public decimal Mark()
    {
        for (var i = 0; i < Count; i++)
        {
            now += Step;
            book.Mark(now, spx[i], in termStructure);
        }

        return book.OpenPositions[0].LastMark;
    }

    /// <summary>What the loop does with a condor on eight SPX and VIX quotes a second: one full mark, then seven quotes
    /// that <see cref="CondorBook.Observe"/> bounds and, unless a stop comes within reach, does not price.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public decimal MarkOncePerSecondObserveBetween()
    {
        for (var i = 0; i < Count; i++)
        {
            now += Step;
            if (i % 8 == 0)
            {
                book.Mark(now, spx[i], in termStructure);
            }
            else
            {
                book.Observe(now, spx[i], in termStructure);
            }
        }

        return book.OpenPositions[0].LastMark;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public decimal MarkWithTermStructure()
    {
        for (var i = 0; i < Count; i++)
        {
            var rebuilt = new VolatilityTermStructure(in levels[i]);
            now += Step;
            book.Mark(now, spx[i], in rebuilt);
        }

        return book.OpenPositions[0].LastMark;
    }
}
