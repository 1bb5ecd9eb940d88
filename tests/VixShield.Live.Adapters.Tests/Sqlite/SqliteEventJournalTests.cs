using NodaTime;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Adapters.Sqlite;
using VixShield.Live.Adapters.Sqlite.Journal;

namespace VixShield.Live.Adapters.Tests.Sqlite;

public sealed class SqliteEventJournalTests : IDisposable
{
    private static readonly Instant Noon = Instant.FromUtc(2026, 3, 2, 17, 0);
    private readonly StateDirectory directory = new();
    private readonly SqliteStateDatabase database;
    private readonly SqliteEventJournal sut;

    public SqliteEventJournalTests()
    {
        database = directory.Open();
        sut = new SqliteEventJournal(database);
    }

    public void Dispose()
    {
        database.Dispose();
        directory.Dispose();
    }

    [Fact]
    public async Task AppendAsync_Batch_ReadsBackInOrderWithTimesAndPayloadsExact()
    {
        directory.Clock.Advance(TimeSpan.FromMinutes(5));
        var recorded = Instant.FromUtc(2026, 3, 2, 14, 35);
        var eventTime = Noon + Duration.FromNanoseconds(123_456_789);

        var outcomes = await sut.AppendAsync(
        [
            Intent("C-1", eventTime),
            new NewJournalEntry(JournalEntryKind.OrderAcknowledgement, Noon, "C-1", """{"accepted":true}"""),
            new NewJournalEntry(JournalEntryKind.Fill, Noon, "exec-77", """{"price":1.25,"quantity":-1}"""),
        ], CancellationToken.None);

        Assert.Equal([JournalAppendStatus.Appended, JournalAppendStatus.Appended, JournalAppendStatus.Appended], outcomes.Select(outcome => outcome.Status));
        Assert.Equal([1L, 2L, 3L], outcomes.Select(outcome => outcome.Sequence));
        var entries = await sut.ReadAsync(1, 10, CancellationToken.None);
        Assert.Equal(
            [
                new JournalEntry(1, JournalEntryKind.OrderIntent, eventTime, recorded, "C-1", """{"clientOrderId":"C-1","strike":5700.50}"""),
                new JournalEntry(2, JournalEntryKind.OrderAcknowledgement, Noon, recorded, "C-1", """{"accepted":true}"""),
                new JournalEntry(3, JournalEntryKind.Fill, Noon, recorded, "exec-77", """{"price":1.25,"quantity":-1}"""),
            ],
            entries);
    }

    [Fact]
    public async Task AppendAsync_SameClientOrderIdTwice_StoresOneRowAndReportsDuplicate()
    {
        var first = await sut.AppendAsync([Intent("C-9")], CancellationToken.None);

        var second = await sut.AppendAsync([Intent("C-9")], CancellationToken.None);

        Assert.Equal(new JournalAppendOutcome(JournalAppendStatus.Duplicate, first[0].Sequence), second[0]);
        Assert.Single(await sut.ReadAsync(0, 10, CancellationToken.None));
    }

    [Fact]
    public async Task AppendAsync_SameKeyDifferentPayload_ReportsConflictAndKeepsOriginal()
    {
        await sut.AppendAsync([Intent("C-9")], CancellationToken.None);

        var outcome = await sut.AppendAsync(
            [new NewJournalEntry(JournalEntryKind.OrderIntent, Noon, "C-9", """{"clientOrderId":"C-9","strike":5600}""")], CancellationToken.None);

        Assert.Equal(JournalAppendStatus.Conflict, outcome[0].Status);
        Assert.Equal("""{"clientOrderId":"C-9","strike":5700.50}""", Assert.Single(await sut.ReadAsync(0, 10, CancellationToken.None)).Payload);
    }

    [Fact]
    public async Task AppendAsync_RepeatWithinBatch_SecondIsDuplicateOfFirst()
    {
        var outcomes = await sut.AppendAsync([Intent("C-1"), Intent("C-2"), Intent("C-1")], CancellationToken.None);

        Assert.Equal(
            [new(JournalAppendStatus.Appended, 1), new(JournalAppendStatus.Appended, 2), new JournalAppendOutcome(JournalAppendStatus.Duplicate, 1)],
            outcomes);
    }

    [Fact]
    public async Task AppendAsync_SameKeyOtherKind_IsAnotherEntry()
    {
        var outcomes = await sut.AppendAsync(
            [Intent("C-1"), new NewJournalEntry(JournalEntryKind.OrderAcknowledgement, Noon, "C-1", "{}")], CancellationToken.None);

        Assert.All(outcomes, outcome => Assert.True(outcome.IsAppended));
    }

    [Theory]
    [InlineData(JournalEntryKind.Decision, "", "{}", "has an empty idempotency key")]
    [InlineData(JournalEntryKind.Decision, "d-1", "{not json", "has a payload that is not valid JSON")]
    [InlineData(JournalEntryKind.Alert, "a-1", "{}", "alerts are journaled through IAlertOutbox.EnqueueAsync")]
    public async Task AppendAsync_InvalidEntry_ThrowsNamingEntryAndWritesNothing(JournalEntryKind kind, string key, string payload, string expected)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            sut.AppendAsync([Intent("C-1"), new NewJournalEntry(kind, Noon, key, payload)], CancellationToken.None));

        Assert.Contains("journal batch entry 1", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(await sut.ReadAsync(0, 10, CancellationToken.None));
    }

    [Fact]
    public async Task AppendAsync_DiskFullMidBatch_ThrowsStateStoreExceptionAndStoresNoneOfTheBatch()
    {
        database.Dispose();
        using var bounded = directory.Open(new SqliteStateOptions { MaximumFileSizeBytes = 128 * 1024 });
        var journal = new SqliteEventJournal(bounded);
        await journal.AppendAsync([Intent("before")], CancellationToken.None);
        var big = new string('x', 2000);
        var batch = Enumerable.Range(0, 200).Select(i => new NewJournalEntry(JournalEntryKind.Decision, Noon, $"d-{i}", $$"""{"filler":"{{big}}"}""")).ToList();

        var error = await Assert.ThrowsAsync<StateStoreException>(() => journal.AppendAsync(batch, CancellationToken.None));

        Assert.Contains(directory.DatabasePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot append to the journal: the disk, or the configured maximum file size, is full", error.Message, StringComparison.Ordinal);
        Assert.Equal(["before"], (await journal.ReadAsync(0, 1000, CancellationToken.None)).Select(entry => entry.IdempotencyKey));
        var after = await journal.AppendAsync([Intent("after")], CancellationToken.None);
        Assert.True(after[0].IsAppended);
    }

    [Fact]
    public async Task ReadAsync_FromSequenceWithLimit_ReturnsThatWindow()
    {
        await sut.AppendAsync([.. Enumerable.Range(1, 10).Select(i => Intent($"C-{i}"))], CancellationToken.None);

        var window = await sut.ReadAsync(4, 3, CancellationToken.None);

        Assert.Equal([4L, 5L, 6L], window.Select(entry => entry.Sequence));
        Assert.Equal(10, await sut.GetLastSequenceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_ByKindAndKey_ReturnsEntryOrNull()
    {
        await sut.AppendAsync([Intent("C-5")], CancellationToken.None);

        Assert.Equal(1, (await sut.FindAsync(JournalEntryKind.OrderIntent, "C-5", CancellationToken.None))!.Sequence);
        Assert.Null(await sut.FindAsync(JournalEntryKind.OrderAcknowledgement, "C-5", CancellationToken.None));
    }

    [Fact]
    public async Task ReadUnmatchedAsync_IntentsWithAndWithoutAcknowledgement_ListsOnlyTheOpenOnesInOrder()
    {
        await sut.AppendAsync([Intent("C-1"), Intent("C-2"), Intent("C-3")], CancellationToken.None);
        await sut.AppendAsync([new NewJournalEntry(JournalEntryKind.OrderAcknowledgement, Noon, "C-2", """{"accepted":true}""")], CancellationToken.None);

        var open = await sut.ReadUnmatchedAsync(JournalEntryKind.OrderIntent, JournalEntryKind.OrderAcknowledgement, CancellationToken.None);

        Assert.Equal(["C-1", "C-3"], open.Select(entry => entry.IdempotencyKey));
    }

    [Fact]
    public async Task ReadUnmatchedAsync_AfterReopen_StillFindsTheIntentAndRefusesToDuplicateIt()
    {
        await sut.AppendAsync([Intent("C-1")], CancellationToken.None);
        database.Dispose();

        using var reopened = directory.Open();
        var journal = new SqliteEventJournal(reopened);
        var open = await journal.ReadUnmatchedAsync(JournalEntryKind.OrderIntent, JournalEntryKind.OrderAcknowledgement, CancellationToken.None);
        var again = await journal.AppendAsync([Intent("C-1")], CancellationToken.None);

        Assert.Equal("C-1", Assert.Single(open).IdempotencyKey);
        Assert.Equal(JournalAppendStatus.Duplicate, again[0].Status);
    }

    [Fact]
    public async Task AppendAsync_AfterDispose_ThrowsObjectDisposed()
    {
        database.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => sut.AppendAsync([Intent("C-1")], CancellationToken.None));
    }

    private static NewJournalEntry Intent(string clientOrderId, Instant? at = null) =>
        new(JournalEntryKind.OrderIntent, at ?? Noon, clientOrderId, $$"""{"clientOrderId":"{{clientOrderId}}","strike":5700.50}""");
}
