using System.Globalization;
using Microsoft.Extensions.Logging;
using VixShield.Live.Adapters.Notifications.Outbox;

namespace VixShield.Live.Hosting;

/// <summary>Turns the delivery workers' pass reports into a few log lines per outage: a warning when a destination
/// starts failing, a reminder at most once per <see cref="ReminderInterval"/> of wall time while it keeps failing, and
/// an information line when it recovers, with how many alerts went out late.</summary>
/// <remarks>A dead webhook fails a pass every poll interval (5 s by default); one line each would bury the log. The
/// reasons come from the sinks, which remove the webhook URL's secret parts and never carry a password.</remarks>
public sealed class AlertDeliveryLog(ILogger<AlertDeliveryLog> logger, TimeProvider wallClock, TimeSpan reminderInterval)
    : IProgress<OutboxDeliveryStatus>
{
    /// <summary>The default reminder interval: often enough to notice in a tail of the log, rare enough not to fill it.</summary>
    public static readonly TimeSpan DefaultReminderInterval = TimeSpan.FromMinutes(15);

    private readonly Dictionary<string, Outage> outages = new(StringComparer.Ordinal);

    public TimeSpan ReminderInterval { get; } = reminderInterval > TimeSpan.Zero
        ? reminderInterval
        : throw new ArgumentOutOfRangeException(nameof(reminderInterval), reminderInterval, "the reminder interval must be positive");

    public void Report(OutboxDeliveryStatus value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var now = wallClock.GetUtcNow();
        lock (outages)
        {
            outages.TryGetValue(value.Destination, out var outage);
            if (!value.IsHealthy)
            {
                if (outage is null)
                {
                    outages[value.Destination] = new Outage(now, now, value.DeliveredTotal);
                    logger.LogWarning(
                        "Alert delivery to {Destination} is failing: {Reason}; {Pending} alerts wait in the outbox and go out in order once it answers",
                        value.Destination, value.LastFailure, value.Pending);
                }
                else if (now - outage.LastLogged >= ReminderInterval)
                {
                    outage.LastLogged = now;
                    logger.LogWarning(
                        "Alert delivery to {Destination} still failing after {Duration} ({Failures} failed passes in a row): {Reason}; {Pending} alerts waiting",
                        value.Destination, Format(now - outage.Since), value.ConsecutiveFailures, value.LastFailure, value.Pending);
                }
            }
            else if (outage is not null)
            {
                outages.Remove(value.Destination);
                logger.LogInformation(
                    "Alert delivery to {Destination} recovered after {Duration}: {Late} alerts delivered late, {Pending} pending",
                    value.Destination, Format(now - outage.Since), value.DeliveredTotal - outage.DeliveredBefore, value.Pending);
            }
        }
    }

    private static string Format(TimeSpan duration) =>
        TimeSpan.FromSeconds(Math.Round(duration.TotalSeconds)).ToString("c", CultureInfo.InvariantCulture);

    private sealed class Outage(DateTimeOffset since, DateTimeOffset lastLogged, long deliveredBefore)
    {
        public DateTimeOffset Since { get; } = since;

        public DateTimeOffset LastLogged { get; set; } = lastLogged;

        public long DeliveredBefore { get; } = deliveredBefore;
    }
}
