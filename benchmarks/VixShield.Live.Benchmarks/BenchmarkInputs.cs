using NodaTime;

namespace VixShield.Live.Benchmarks;

/// <summary>A seeded random walk of index levels one minute apart, so every run measures the same inputs.</summary>
internal sealed class BenchmarkInputs
{
    public const int Count = 1024;

    public BenchmarkInputs(int seed)
    {
        var random = new Random(seed);
        var start = Instant.FromUtc(2024, 1, 2, 14, 30);
        var level = 5000.0;
        for (var i = 0; i < Count; i++)
        {
            level *= 1 + ((random.NextDouble() - 0.5) * 0.004);
            Times[i] = start + Duration.FromMinutes(i);
            Values[i] = level;
            Advancing[i] = 1000 + random.Next(2000);
            Declining[i] = 1000 + random.Next(2000);
        }
    }

    public Instant[] Times { get; } = new Instant[Count];

    public double[] Values { get; } = new double[Count];

    public double[] Advancing { get; } = new double[Count];

    public double[] Declining { get; } = new double[Count];
}
