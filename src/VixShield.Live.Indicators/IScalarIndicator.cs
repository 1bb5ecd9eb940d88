using NodaTime;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Indicators;

/// <summary>An indicator fed one number per step that produces one number.</summary>
/// <remarks>
/// Input contract: times strictly increase. A duplicate or earlier time throws <see cref="ArgumentException"/>
/// naming both timestamps, and NaN or infinity throws <see cref="ArgumentOutOfRangeException"/>; in both cases
/// the indicator's state is unchanged. Healing a bad stream belongs to the feed, not the indicator.
/// </remarks>
public interface IScalarIndicator : IIndicator
{
    /// <summary>The latest value, or null until <see cref="IIndicator.IsReady"/> (never a placeholder 0).</summary>
    double? Current { get; }

    /// <summary>Adds one input; returns <see cref="IIndicator.IsReady"/>.</summary>
    bool Update(Instant time, double value);

    /// <summary>Adds one bar at <see cref="Bar.End"/>; the field used (usually the close) is documented per type.</summary>
    bool Update(in Bar bar);
}
