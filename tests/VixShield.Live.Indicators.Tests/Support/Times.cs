using NodaTime;

namespace VixShield.Live.Indicators.Tests.Support;

/// <summary>Deterministic instants for hand-made series.</summary>
public static class Times
{
    /// <summary>2024-01-01T21:00Z, the first instant of hand-made series.</summary>
    public static readonly Instant Origin = Instant.FromUtc(2024, 1, 1, 21, 0);

    /// <summary>The <paramref name="index"/>-th day after <see cref="Origin"/>.</summary>
    public static Instant Day(int index) => Origin + Duration.FromDays(index);

    /// <summary>Hand-made values stamped one day apart from <see cref="Origin"/>.</summary>
    public static TimedValue[] Daily(params double[] values)
    {
        var inputs = new TimedValue[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            inputs[i] = new TimedValue(Day(i), values[i]);
        }

        return inputs;
    }
}
