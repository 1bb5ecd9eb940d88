using System.Text;
using System.Text.Json;
using VixShield.Live.Adapters.Notifications.Files;
using VixShield.Live.Adapters.Notifications.Memory;
using VixShield.Live.Adapters.Notifications.Outbox;
using VixShield.Live.Adapters.Sqlite;
using VixShield.Live.Adapters.Sqlite.Outbox;
using VixShield.Live.Adapters.Tests.Sqlite;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Tests.Notifications;

/// <summary>The event log as an outbox destination: a real SQLite outbox and a real file; restarts are new instances
/// on the same database and file, as after a crash.</summary>
public sealed class EventLogDeliveryTests : IDisposable
{
    private readonly StateDirectory directory = new();
    private readonly SqliteStateDatabase database;
    private readonly SqliteAlertOutbox outbox;

    public EventLogDeliveryTests()
    {
        database = directory.Open();
        outbox = new SqliteAlertOutbox(database, [EventLogDelivery.Destination]);
        LogPath = Path.Combine(directory.Folder, "events.jsonl");
    }

    private string LogPath { get; }

    public void Dispose()
    {
        database.Dispose();
        directory.Dispose();
    }

    [Fact]
    public async Task DeliverAsync_NewAlertsThenTheSameAlertsReplayed_WritesEachOnceAndMarksTheLogDelivered()
    {
        await using var file = new JsonlFileAlertSink(LogPath, AlertSeverity.Debug);
        var eventLog = new EventLogDelivery(outbox, file, syncToDisk: true, pageSize: 100);
        await eventLog.CatchUpAsync(CancellationToken.None);
        var ring = new RecentAlertsSink();
        var sut = new JournalingAlertSink(outbox, eventLog, [ring], []);

        await sut.DeliverAsync(SomeAlert.Series(3), CancellationToken.None);
        await sut.DeliverAsync(SomeAlert.Series(5), CancellationToken.None);

        Assert.Equal([1L, 2L, 3L, 4L, 5L], LoggedSequences());
        Assert.Equal([1L, 2L, 3L, 4L, 5L], ring.AlertsAfter(0).Select(alert => alert.Sequence));
        Assert.Equal(0, await outbox.CountUndeliveredAsync(EventLogDelivery.Destination, CancellationToken.None));
        Assert.Equal((5L, 3L), (sut.Fresh, sut.Repeated));
    }

    [Fact]
    public async Task DeliverAsync_EventLogWriteFails_ThrowsAndTheNextStartWritesTheJournaledBatchInOrder()
    {
        Assert.True(File.Exists("/dev/full"), "/dev/full (writes fail with ENOSPC) is needed");
        await using (var full = new JsonlFileAlertSink("/dev/full", AlertSeverity.Debug))
        {
            var eventLog = new EventLogDelivery(outbox, full, syncToDisk: false, pageSize: 100);
            await eventLog.CatchUpAsync(CancellationToken.None);
            var sut = new JournalingAlertSink(outbox, eventLog, [], []);

            await Assert.ThrowsAnyAsync<IOException>(() => sut.DeliverAsync(SomeAlert.Series(4), CancellationToken.None));
        }

        await using var freed = new JsonlFileAlertSink(LogPath, AlertSeverity.Debug);
        var restarted = new EventLogDelivery(outbox, freed, syncToDisk: true, pageSize: 100);
        var caughtUp = await restarted.CatchUpAsync(CancellationToken.None);
        await new JournalingAlertSink(outbox, restarted, [], []).DeliverAsync(SomeAlert.Series(6), CancellationToken.None);

        Assert.Equal(new EventLogCatchUp(4, 0, 0), caughtUp);
        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L], LoggedSequences());
    }

    [Fact]
    public async Task CatchUpAsync_BatchWrittenButNotMarkedBeforeACrash_IsNotWrittenAgain()
    {
        await outbox.EnqueueAsync(SomeAlert.Series(5), CancellationToken.None);
        await File.WriteAllBytesAsync(LogPath, [.. SomeAlert.Series(3).SelectMany(JsonlFileAlertSink.Line)]);

        await using var file = new JsonlFileAlertSink(LogPath, AlertSeverity.Debug);
        var sut = new EventLogDelivery(outbox, file, syncToDisk: true, pageSize: 100);
        var caughtUp = await sut.CatchUpAsync(CancellationToken.None);

        Assert.Equal(new EventLogCatchUp(2, 3, 0), caughtUp);
        Assert.Equal([1L, 2L, 3L, 4L, 5L], LoggedSequences());
    }

    [Fact]
    public async Task CatchUpAsync_LastLineCutShortByACrash_RemovesItAndWritesThatAlertWhole()
    {
        var alerts = SomeAlert.Series(3);
        await outbox.EnqueueAsync(alerts, CancellationToken.None);
        await outbox.MarkDeliveredAsync(EventLogDelivery.Destination, (await outbox.ReadUndeliveredAsync(EventLogDelivery.Destination, 1, CancellationToken.None))[0].Sequence, CancellationToken.None);
        var torn = JsonlFileAlertSink.Line(alerts[1]).AsSpan(0, 40).ToArray();
        await File.WriteAllBytesAsync(LogPath, [.. JsonlFileAlertSink.Line(alerts[0]), .. torn]);

        await using var file = new JsonlFileAlertSink(LogPath, AlertSeverity.Debug);
        var sut = new EventLogDelivery(outbox, file, syncToDisk: true, pageSize: 100);
        var caughtUp = await sut.CatchUpAsync(CancellationToken.None);

        Assert.Equal(new EventLogCatchUp(2, 0, 40), caughtUp);
        Assert.Equal([1L, 2L, 3L], LoggedSequences());
    }

    [Fact]
    public async Task CatchUpAsync_MoreThanOnePageBehindWithAMinimumSeverity_WritesOnlyThoseAtOrAboveItInOrder()
    {
        var alerts = Enumerable.Range(1, 25)
            .Select(i => SomeAlert.Create(sequence: i, severity: i % 3 == 0 ? AlertSeverity.Debug : AlertSeverity.Warning)).ToArray();
        await outbox.EnqueueAsync(alerts, CancellationToken.None);

        await using var file = new JsonlFileAlertSink(LogPath, AlertSeverity.Info);
        var sut = new EventLogDelivery(outbox, file, syncToDisk: false, pageSize: 4);
        await sut.CatchUpAsync(CancellationToken.None);

        Assert.Equal(alerts.Where(a => a.Sequence % 3 != 0).Select(a => a.Sequence), LoggedSequences());
        Assert.Equal(0, await outbox.CountUndeliveredAsync(EventLogDelivery.Destination, CancellationToken.None));
    }

    [Fact]
    public async Task WriteAsync_BeforeCatchUp_Throws()
    {
        await using var file = new JsonlFileAlertSink(LogPath, AlertSeverity.Debug);
        var sut = new EventLogDelivery(outbox, file, syncToDisk: false, pageSize: 10);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => sut.WriteAsync(SomeAlert.Series(1), 1, CancellationToken.None));

        Assert.Contains(LogPath, error.Message, StringComparison.Ordinal);
    }

    private List<long> LoggedSequences() =>
        [.. File.ReadAllLines(LogPath, Encoding.UTF8).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("seq").GetInt64())];
}
