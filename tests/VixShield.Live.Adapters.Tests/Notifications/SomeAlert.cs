using NodaTime;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Testing;

namespace VixShield.Live.Adapters.Tests.Notifications;

/// <summary>Alerts with one obvious default per field.</summary>
internal static class SomeAlert
{
    public static Alert Create(
        long sequence = 1,
        string type = "feed.stale",
        AlertSeverity severity = AlertSeverity.Warning,
        Instant? at = null,
        string? instrument = "SPX",
        string? reason = null,
        params AlertValue[] values) =>
        new(sequence, type, severity, at ?? Some.SessionOpen + Duration.FromMinutes(sequence), instrument,
            reason ?? $"alert number {sequence}", values.Length > 0 ? values : [AlertValue.Of("seconds_silent", 45.5), AlertValue.Of("price", 5800.25m)]);

    /// <summary>Alerts 1..count, one minute apart.</summary>
    public static Alert[] Series(int count, long firstSequence = 1) =>
        [.. Enumerable.Range(0, count).Select(i => Create(sequence: firstSequence + i))];
}
