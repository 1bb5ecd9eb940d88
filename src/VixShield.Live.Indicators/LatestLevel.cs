using NodaTime;

namespace VixShield.Live.Indicators;

/// <summary>The latest value of a level (an index print), where a newer print at the same time replaces the older.</summary>
/// <remarks>Quotes from a venue can share a timestamp (whole-second stamps), so levels accept equal times and
/// refuse only times that go back.</remarks>
internal struct LatestLevel
{
    public Instant Time { get; private set; }

    public double Value { get; private set; }

    public bool HasValue { get; private set; }

    public void Set(Instant time, double value, string indicator, string parameter)
    {
        IndicatorGuard.RequirePositive(value, indicator, parameter);
        IndicatorGuard.RequireNotBefore(time, Time, HasValue, indicator);
        Time = time;
        Value = value;
        HasValue = true;
    }

    public void Clear() => this = default;
}
