using NodaTime;

namespace VixShield.Live.Abstractions.Time;

/// <summary>NodaTime views of the injected <see cref="TimeProvider"/>, the only source of "now".</summary>
public static class TimeProviderExtensions
{
    public static Instant GetCurrentInstant(this TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return Instant.FromDateTimeOffset(timeProvider.GetUtcNow());
    }
}
