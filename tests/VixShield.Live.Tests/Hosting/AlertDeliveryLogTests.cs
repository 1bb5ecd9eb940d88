using Microsoft.Extensions.Logging;
using NodaTime;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.Notifications.Outbox;
using VixShield.Live.Hosting;

namespace VixShield.Live.Tests.Hosting;

public sealed class AlertDeliveryLogTests
{
    private const string Reason = "webhook 'webhook' at http://127.0.0.1:9/… did not accept alert 3 (feed.stale): the endpoint answered 503";
    private static readonly TimeSpan Reminder = TimeSpan.FromMinutes(15);
    private readonly ManualTimeProvider clock = new(Instant.FromUtc(2026, 3, 2, 15, 0));
    private readonly RecordingLogger<AlertDeliveryLog> logger = new();
    private readonly AlertDeliveryLog sut;

    public AlertDeliveryLogTests() => sut = new AlertDeliveryLog(logger, clock, Reminder);

    [Fact]
    public void Report_ManyFailedPassesWithinTheReminderInterval_OneWarningWithDestinationReasonAndPending()
    {
        for (var pass = 1; pass <= 100; pass++)
        {
            sut.Report(Failing("webhook", pass, pending: 7, delivered: 2));
            clock.Advance(TimeSpan.FromSeconds(5));
        }

        var line = Assert.Single(logger.Lines);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Equal($"Alert delivery to webhook is failing: {Reason}; 7 alerts wait in the outbox and go out in order once it answers", line.Message);
    }

    [Fact]
    public void Report_FailingForLongerThanTheReminderInterval_OneReminderPerInterval()
    {
        var start = clock.GetUtcNow();
        for (var pass = 1; clock.GetUtcNow() - start <= TimeSpan.FromMinutes(40); pass++)
        {
            sut.Report(Failing("webhook", pass, pending: 7, delivered: 0));
            clock.Advance(TimeSpan.FromSeconds(5));
        }

        Assert.Equal(3, logger.Lines.Count);
        Assert.All(logger.Lines, line => Assert.Equal(LogLevel.Warning, line.Level));
        Assert.StartsWith("Alert delivery to webhook still failing after 00:15:00 (181 failed passes in a row): ", logger.Lines[1].Message, StringComparison.Ordinal);
        Assert.StartsWith("Alert delivery to webhook still failing after 00:30:00 (361 failed passes in a row): ", logger.Lines[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_RecoveredAfterAnOutage_OneInformationLineWithTheAlertsDeliveredLate()
    {
        sut.Report(Failing("webhook", 1, pending: 3, delivered: 10));
        clock.Advance(TimeSpan.FromMinutes(2));
        sut.Report(Failing("webhook", 2, pending: 5, delivered: 10) with { LastPassDelivered = 0 });
        clock.Advance(TimeSpan.FromSeconds(5));
        sut.Report(new OutboxDeliveryStatus("webhook", 0, 15, 5, 0, Reason, null, null));
        sut.Report(new OutboxDeliveryStatus("webhook", 0, 16, 1, 0, Reason, null, null));

        Assert.Equal(2, logger.Lines.Count);
        Assert.Equal((LogLevel.Information, "Alert delivery to webhook recovered after 00:02:05: 5 alerts delivered late, 0 pending"), logger.Lines[1]);
    }

    [Fact]
    public void Report_HealthyPassesOnly_LogsNothing()
    {
        sut.Report(new OutboxDeliveryStatus("webhook", 0, 3, 3, 0, null, null, null));
        sut.Report(new OutboxDeliveryStatus("email", 0, 3, 3, 0, null, null, null));

        Assert.Empty(logger.Lines);
    }

    [Fact]
    public void Report_OneDestinationFailsWhileAnotherDelivers_OnlyTheFailingOneIsReported()
    {
        sut.Report(Failing("email", 1, pending: 2, delivered: 0));
        sut.Report(new OutboxDeliveryStatus("webhook", 0, 3, 3, 0, null, null, null));
        sut.Report(Failing("webhook", 1, pending: 1, delivered: 3));
        sut.Report(Failing("email", 2, pending: 2, delivered: 0));

        Assert.Equal(["Alert delivery to email is failing", "Alert delivery to webhook is failing"], logger.Lines.Select(line => line.Message[..line.Message.IndexOf(':', StringComparison.Ordinal)]));
    }

    [Fact]
    public void Constructor_ZeroReminderInterval_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AlertDeliveryLog(logger, clock, TimeSpan.Zero));

    private static OutboxDeliveryStatus Failing(string destination, int failures, long pending, long delivered) =>
        new(destination, pending, delivered, 0, failures, Reason, null, null);
}
