using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Abstractions.State.Json;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.InteractiveBrokers.Execution;
using VixShield.Live.Adapters.InteractiveBrokers.Feeds;
using VixShield.Live.Adapters.Sqlite;
using VixShield.Live.Adapters.Sqlite.Journal;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Engine.Execution;
using VixShield.Live.Testing.Execution;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Tests.Recovery;

/// <summary>The broker path across a crash: orders are journaled before they reach the (fake) TWS, and an intent a crash
/// left without an answer is settled at the next start by asking TWS, never by sending it again.</summary>
public sealed class OrderIntentReconciliationTests : IAsyncLifetime
{
    private static readonly Instrument VixCall = Instrument.VixOption(new LocalDate(2026, 10, 21), OptionRight.Call, 25m);
    private static readonly IReadOnlyList<FakeTwsVenueContract> Market =
    [
        new(800_000_005, "VIX", "OPT", "20261021", 25m, "C", "VIX", "100", 1.10m, 1.30m),
    ];

    private readonly string directory = Directory.CreateTempSubdirectory("vixshield-intents-").FullName;
    private readonly ManualTimeProvider time = new(Instant.FromUtc(2026, 10, 16, 14, 0));
    private readonly Channel<ExecutionEvent> events = Channel.CreateUnbounded<ExecutionEvent>();
    private readonly CancellationTokenSource guard = new(TimeSpan.FromSeconds(60));
    private SqliteStateDatabase database = null!;
    private SqliteEventJournal journal = null!;
    private FakeTwsServer server = null!;
    private FakeTwsVenue venue = null!;

    public Task InitializeAsync()
    {
        database = SqliteStateDatabase.Open(directory, new SqliteStateOptions(), TimeProvider.System);
        journal = new SqliteEventJournal(database);
        server = FakeTwsServer.Start();
        venue = new FakeTwsVenue(server, Market);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await venue.DisposeAsync();
        await server.DisposeAsync();
        database.Dispose();
        guard.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Reconcile_IntentSentButCrashedBeforeTheAnswer_FoundAtTheVenueAndNotSentAgain()
    {
        var order = BuyCall("alvh-L1-open-20261016T140000Z-1");
        await using (var before = await StartAdapterAsync())
        {
            var crashing = new JournalingExecutionAdapter(before, new CrashBeforeAnswerJournal(journal), time);
            await Assert.ThrowsAsync<IOException>(() => crashing.SubmitAsync(order, guard.Token));
            await before.GetOpenOrdersAsync(guard.Token);
        }

        Assert.Equal(1, PlacedOrders(order.ClientOrderId));
        await using var after = await StartAdapterAsync();
        var sut = new OrderIntentReconciler(journal, after, events.Writer, time, NullLogger<OrderIntentReconciler>.Instance);

        var settled = await sut.ReconcileAsync(guard.Token);
        var resent = await new JournalingExecutionAdapter(after, journal, time).SubmitAsync(order, guard.Token);

        Assert.Equal(1, settled);
        var answer = await AnswerAsync(order.ClientOrderId);
        Assert.Equal(JournaledAnswerKind.FoundAtVenue, answer.Kind);
        Assert.Equal(OrderStatus.Filled, answer.VenueStatus);
        Assert.Equal(AcknowledgementStatus.Duplicate, resent.Status);
        Assert.Contains("not sent again", resent.Reason, StringComparison.Ordinal);
        Assert.Equal(1, PlacedOrders(order.ClientOrderId));
        Assert.Empty(await journal.ReadUnmatchedAsync(JournalEntryKind.OrderIntent, JournalEntryKind.OrderAcknowledgement, guard.Token));
        Assert.Equal(0, await sut.ReconcileAsync(guard.Token));
    }

    [Fact]
    public async Task Reconcile_IntentJournaledButNeverSent_ReportedAndNotSent()
    {
        var order = BuyCall("alvh-L2-open-20261016T140000Z-1");
        await journal.AppendAsync(
            [new NewJournalEntry(JournalEntryKind.OrderIntent, time.GetCurrentInstant(), order.ClientOrderId.Value, JsonSerializer.Serialize(order, StateJson.Options))],
            guard.Token);
        await using var after = await StartAdapterAsync();
        var sut = new OrderIntentReconciler(journal, after, events.Writer, time, NullLogger<OrderIntentReconciler>.Instance);

        await sut.ReconcileAsync(guard.Token);
        var resent = await new JournalingExecutionAdapter(after, journal, time).SubmitAsync(order, guard.Token);

        Assert.Equal(JournaledAnswerKind.UnknownToVenue, (await AnswerAsync(order.ClientOrderId)).Kind);
        Assert.True(events.Reader.TryRead(out var reported));
        var rejection = Assert.IsType<OrderRejected>(reported);
        Assert.Equal(order.ToString(), rejection.Order!.ToString());
        Assert.Contains("has no record of it: it is not sent now", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(AcknowledgementStatus.Duplicate, resent.Status);
        Assert.Equal(0, PlacedOrders(order.ClientOrderId));
    }

    [Fact]
    public async Task SubmitAsync_NewOrder_IntentIsJournaledBeforeTheVenueSeesItAndAnsweredAfter()
    {
        var order = BuyCall("condor-20261019");
        var recording = new RecordingExecutionAdapter(events.Writer, time);
        JournalEntry? intentSeenByVenue = null;
        recording.RejectWith = _ =>
        {
            intentSeenByVenue = journal.FindAsync(JournalEntryKind.OrderIntent, order.ClientOrderId.Value, CancellationToken.None).GetAwaiter().GetResult();
            return null;
        };
        var sut = new JournalingExecutionAdapter(recording, journal, time);

        var first = await sut.SubmitAsync(order, guard.Token);
        var second = await sut.SubmitAsync(order, guard.Token);

        Assert.NotNull(intentSeenByVenue);
        Assert.Equal(order.ToString(), JsonSerializer.Deserialize<SubmitOrder>(intentSeenByVenue.Payload, StateJson.Options)!.ToString());
        Assert.Equal(AcknowledgementStatus.Accepted, first.Status);
        Assert.Equal(JournaledAnswerKind.Accepted, (await AnswerAsync(order.ClientOrderId)).Kind);
        Assert.Equal(AcknowledgementStatus.Duplicate, second.Status);
        Assert.Single(recording.Submitted);
    }

    private static SubmitOrder BuyCall(string id) =>
        SubmitOrder.Single(ClientOrderId.From(id), VixCall, OrderSide.Buy, 2, 1.40m, TimeInForce.Day, OrderPurpose.HedgeOpen, "L1");

    private int PlacedOrders(ClientOrderId id) => server.Requests.Count(r => r.Name == "PLACE_ORDER" && r.Fields.Contains(id.Value));

    private async Task<JournaledAnswer> AnswerAsync(ClientOrderId id)
    {
        var entry = await journal.FindAsync(JournalEntryKind.OrderAcknowledgement, id.Value, guard.Token);
        return JsonSerializer.Deserialize<JournaledAnswer>(entry!.Payload, StateJson.Options)!;
    }

    private async Task<InteractiveBrokersExecutionAdapter> StartAdapterAsync()
    {
        var connection = new InteractiveBrokersOptions { Port = server.Port, MessagesPerSecond = 9, MessageBurst = 40 };
        var options = new InteractiveBrokersExecutionOptions();
        var executionConnection = connection with { ClientId = options.ClientId };
        var pipeline = InteractiveBrokersFeedFactory.CreateConnectPipeline(executionConnection, time, InteractiveBrokersFeedFactory.ConnectJitterFor(executionConnection));
        var adapter = new InteractiveBrokersExecutionAdapter(connection, options, time, pipeline, events.Writer);
        await adapter.StartAsync(guard.Token);
        return adapter;
    }

    /// <summary>A journal on which the process dies right after the venue took an order: the answer is never written.</summary>
    private sealed class CrashBeforeAnswerJournal(IEventJournal inner) : IEventJournal
    {
        public Task<IReadOnlyList<JournalAppendOutcome>> AppendAsync(IReadOnlyList<NewJournalEntry> batch, CancellationToken cancellationToken) =>
            batch.Any(entry => entry.Kind == JournalEntryKind.OrderAcknowledgement)
                ? throw new IOException("simulated crash between the venue's answer and its journal entry")
                : inner.AppendAsync(batch, cancellationToken);

        public Task<IReadOnlyList<JournalEntry>> ReadAsync(long fromSequence, int maxCount, CancellationToken cancellationToken) =>
            inner.ReadAsync(fromSequence, maxCount, cancellationToken);

        public Task<JournalEntry?> FindAsync(JournalEntryKind kind, string idempotencyKey, CancellationToken cancellationToken) =>
            inner.FindAsync(kind, idempotencyKey, cancellationToken);

        public Task<IReadOnlyList<JournalEntry>> ReadUnmatchedAsync(JournalEntryKind kind, JournalEntryKind matchedBy, CancellationToken cancellationToken) =>
            inner.ReadUnmatchedAsync(kind, matchedBy, cancellationToken);

        public Task<long> GetLastSequenceAsync(CancellationToken cancellationToken) => inner.GetLastSequenceAsync(cancellationToken);
    }
}
