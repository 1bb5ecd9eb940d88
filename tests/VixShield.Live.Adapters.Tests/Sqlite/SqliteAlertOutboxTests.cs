using NodaTime;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Adapters.Notifications.Formatting;
using VixShield.Live.Adapters.Sqlite;
using VixShield.Live.Adapters.Sqlite.Journal;
using VixShield.Live.Adapters.Sqlite.Outbox;
using VixShield.Live.Adapters.Tests.Notifications;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Tests.Sqlite;

public sealed class SqliteAlertOutboxTests : IDisposable
{
    private readonly StateDirectory directory = new();
    private readonly SqliteStateDatabase database;
    private readonly SqliteAlertOutbox sut;

    public SqliteAlertOutboxTests()
    {
        database = directory.Open();
        sut = new SqliteAlertOutbox(database, ["webhook", "email"]);
    }

    public void Dispose()
    {
        database.Dispose();
        directory.Dispose();
    }

    [Fact]
    public async Task ReadUndeliveredAsync_AfterEnqueue_ReturnsAlertsInOrderWithEveryValueExact()
    {
        var odd = SomeAlert.Create(sequence: 1, type: "quote.rejected", severity: AlertSeverity.Critical, instrument: null, reason: "naïve \"quote\" ✓",
            values: [AlertValue.Of("bid", 5800.50m), AlertValue.Of("ratio", 0.1 + 0.2), AlertValue.Of("nan", double.NaN),
                AlertValue.Of("inf", double.NegativeInfinity), AlertValue.Of("ok", false), AlertValue.Of("rejection", "CrossedBidAsk"), AlertValue.Of("count", 42L)]);
        var plain = SomeAlert.Create(sequence: 2, at: Instant.FromUtc(2026, 3, 2, 15, 0) + Duration.FromNanoseconds(1));

        await sut.EnqueueAsync([odd, plain], CancellationToken.None);
        var pending = await sut.ReadUndeliveredAsync("webhook", 10, CancellationToken.None);

        Assert.Equal([1L, 2L], pending.Select(item => item.Alert.Sequence));
        AssertSameAlert(odd, pending[0].Alert);
        AssertSameAlert(plain, pending[1].Alert);
        Assert.Equal("5800.50", pending[0].Alert.Values[0].Money.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(double.IsNaN(pending[0].Alert.Values[2].Number));
        Assert.Matches("^1-[0-9a-f]{16}$", pending[0].AlertId);
    }

    [Fact]
    public async Task GetLastAlertSequenceAsync_AlertsStoredOutOfNumberOrder_ReturnsTheHighestNumber()
    {
        Assert.Equal(0L, await sut.GetLastAlertSequenceAsync(CancellationToken.None));
        await sut.EnqueueAsync([SomeAlert.Create(sequence: 9), SomeAlert.Create(sequence: 123), SomeAlert.Create(sequence: 40)], CancellationToken.None);

        Assert.Equal(123L, await sut.GetLastAlertSequenceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task EnqueueAsync_SameAlertAgain_ReportsDuplicateAndQueuesItOnce()
    {
        var alerts = SomeAlert.Series(3);
        await sut.EnqueueAsync(alerts, CancellationToken.None);

        var again = await sut.EnqueueAsync([SomeAlert.Create(sequence: 2), SomeAlert.Create(sequence: 4)], CancellationToken.None);

        Assert.Equal([JournalAppendStatus.Duplicate, JournalAppendStatus.Appended], again.Select(outcome => outcome.Status));
        Assert.Equal([1L, 2L, 3L, 4L], (await sut.ReadUndeliveredAsync("webhook", 10, CancellationToken.None)).Select(item => item.Alert.Sequence));
    }

    [Fact]
    public async Task EnqueueAsync_SequenceReusedWithOtherContent_QueuesBothSoNothingIsLost()
    {
        await sut.EnqueueAsync([SomeAlert.Create(sequence: 1, type: "session.open", severity: AlertSeverity.Info)], CancellationToken.None);

        var outcome = await sut.EnqueueAsync([SomeAlert.Create(sequence: 1, type: "feed.connected", severity: AlertSeverity.Info)], CancellationToken.None);

        Assert.True(outcome[0].IsAppended);
        Assert.Equal(["session.open", "feed.connected"], (await sut.ReadUndeliveredAsync("email", 10, CancellationToken.None)).Select(item => item.Alert.Type));
    }

    [Fact]
    public async Task MarkDeliveredAsync_OneDestination_LeavesTheOtherDestinationsQueueAlone()
    {
        await sut.EnqueueAsync(SomeAlert.Series(3), CancellationToken.None);
        var pending = await sut.ReadUndeliveredAsync("webhook", 10, CancellationToken.None);

        await sut.MarkDeliveredAsync("webhook", pending[1].Sequence, CancellationToken.None);

        Assert.Equal([3L], (await sut.ReadUndeliveredAsync("webhook", 10, CancellationToken.None)).Select(item => item.Alert.Sequence));
        Assert.Equal(1, await sut.CountUndeliveredAsync("webhook", CancellationToken.None));
        Assert.Equal(3, await sut.CountUndeliveredAsync("email", CancellationToken.None));
    }

    [Fact]
    public async Task MarkDeliveredAsync_BackwardsOrNotAnAlert_Throws()
    {
        await sut.EnqueueAsync(SomeAlert.Series(2), CancellationToken.None);
        await new SqliteEventJournal(database).AppendAsync(
            [new NewJournalEntry(JournalEntryKind.Decision, Instant.FromUtc(2026, 3, 2, 15, 0), "d-1", "{}")], CancellationToken.None);
        await sut.MarkDeliveredAsync("webhook", 2, CancellationToken.None);

        var back = await Assert.ThrowsAsync<InvalidOperationException>(() => sut.MarkDeliveredAsync("webhook", 1, CancellationToken.None));
        var decision = await Assert.ThrowsAsync<InvalidOperationException>(() => sut.MarkDeliveredAsync("webhook", 3, CancellationToken.None));

        Assert.Contains("would move its position back", back.Message, StringComparison.Ordinal);
        Assert.Contains("journal sequence 3 is not an alert", decision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadUndeliveredAsync_UnknownDestination_ThrowsListingRegisteredOnes()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => sut.ReadUndeliveredAsync("sms", 10, CancellationToken.None));

        Assert.Contains("'sms' is not a registered outbox destination; registered: email, webhook", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Constructor_AfterRestart_KnownDestinationResumesAndNewDestinationStartsAfterHistory()
    {
        await sut.EnqueueAsync(SomeAlert.Series(3), CancellationToken.None);
        await sut.MarkDeliveredAsync("webhook", 1, CancellationToken.None);
        database.Dispose();

        using var reopened = directory.Open();
        var outbox = new SqliteAlertOutbox(reopened, ["webhook", "email", "discord"]);
        await outbox.EnqueueAsync([SomeAlert.Create(sequence: 4)], CancellationToken.None);

        Assert.Equal([2L, 3L, 4L], (await outbox.ReadUndeliveredAsync("webhook", 10, CancellationToken.None)).Select(item => item.Alert.Sequence));
        Assert.Equal([1L, 2L, 3L, 4L], (await outbox.ReadUndeliveredAsync("email", 10, CancellationToken.None)).Select(item => item.Alert.Sequence));
        Assert.Equal([4L], (await outbox.ReadUndeliveredAsync("discord", 10, CancellationToken.None)).Select(item => item.Alert.Sequence));
    }

    [Fact]
    public async Task EnqueueAsync_Alerts_AreJournalEntriesInterleavedWithDecisions()
    {
        var journal = new SqliteEventJournal(database);
        await journal.AppendAsync([new NewJournalEntry(JournalEntryKind.Decision, Instant.FromUtc(2026, 3, 2, 15, 0), "d-1", "{}")], CancellationToken.None);

        await sut.EnqueueAsync([SomeAlert.Create(sequence: 1)], CancellationToken.None);

        var entries = await journal.ReadAsync(0, 10, CancellationToken.None);
        Assert.Equal([JournalEntryKind.Decision, JournalEntryKind.Alert], entries.Select(entry => entry.Kind));
    }

    [Theory]
    [InlineData(new[] { "webhook", "webhook" }, "is listed twice")]
    [InlineData(new[] { " webhook" }, "without surrounding spaces")]
    public void Constructor_BadDestinations_Throws(string[] destinations, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => new SqliteAlertOutbox(database, destinations));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static void AssertSameAlert(Alert expected, Alert actual)
    {
        var expectedJson = new System.Buffers.ArrayBufferWriter<byte>();
        var actualJson = new System.Buffers.ArrayBufferWriter<byte>();
        AlertJson.WriteLine(expectedJson, expected);
        AlertJson.WriteLine(actualJson, actual);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expectedJson.WrittenSpan), System.Text.Encoding.UTF8.GetString(actualJson.WrittenSpan));
        Assert.Equal(expected.Values.Select(value => value.Kind), actual.Values.Select(value => value.Kind));
        Assert.Equal(expected.Values, actual.Values);
    }
}
