using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Engine.Pipeline;
using VixShield.Live.Engine.State;
using VixShield.Live.Engine.Status;
using VixShield.Live.Testing;

namespace VixShield.Live.Engine.Tests.State;

/// <summary>With checkpoints on and a broker behind the loop, an order leaves the loop only after the snapshot that records
/// it is saved; a snapshot saved with orders still waiting sends them after the restart's first save.</summary>
public sealed class BrokerOutboxTests
{
    private static readonly NyseTradingCalendar Calendar = new();
    private readonly CancellationTokenSource guard = new(TimeSpan.FromSeconds(30));

    [Fact]
    public async Task RunAsync_CondorEntryWithBroker_OrderWaitsForTheSaveThatRecordsIt()
    {
        var store = new GatedStateStore();
        var broker = new BrokerDouble();
        var rig = Rig.Start(store, broker);
        await rig.PlayEntryDayAsync(guard.Token);

        await rig.QueryAsync(guard.Token);
        await store.Entered.WaitAsync(guard.Token);
        Assert.Empty(broker.Sent);

        store.Open();
        var sent = await broker.First.WaitAsync(guard.Token);

        var order = Assert.IsType<SubmitOrder>(sent);
        Assert.Equal("condor-20260303", order.ClientOrderId.Value);
        var saved = store.Saved.Select(EngineSnapshotJson.Read).First(s => s.Outbox.Count > 0);
        Assert.Equal("condor-20260303", Assert.Single(saved.Outbox).Submit!.ClientOrderId.Value);
        Assert.Single(saved.Condors.Open);
        await rig.StopAsync();
        Assert.Single(broker.Sent);
        Assert.Empty(EngineSnapshotJson.Read(store.Saved[^1]).Outbox);
    }

    [Fact]
    public async Task Restore_SnapshotWithOrdersStillWaiting_SendsThemAfterTheFirstSave()
    {
        var store = new GatedStateStore();
        var first = Rig.Start(store, new BrokerDouble());
        await first.PlayEntryDayAsync(guard.Token);
        await first.QueryAsync(guard.Token);
        store.Open();
        await first.StopAsync();
        var withOrder = store.Saved.Select(EngineSnapshotJson.Read).First(s => s.Outbox.Count > 0);

        var broker = new BrokerDouble();
        var restartStore = new GatedStateStore();
        restartStore.Open();
        var sut = Rig.Start(restartStore, broker, loop => loop.Restore(withOrder, Some.NewYork(2026, 3, 2, 15, 31)));
        await sut.WriteAsync(InboundEvent.ForHeartbeat(Some.NewYork(2026, 3, 2, 15, 31)), guard.Token);

        var resent = Assert.IsType<SubmitOrder>(await broker.First.WaitAsync(guard.Token));
        Assert.Equal("condor-20260303", resent.ClientOrderId.Value);
        Assert.Single(sut.Loop.Condors.OpenPositions);
        await sut.StopAsync();
        Assert.Single(broker.Sent);
    }

    private sealed class Rig
    {
        private readonly Channel<InboundEvent> inbound = Channel.CreateUnbounded<InboundEvent>();
        private readonly Channel<Alert> alerts = Channel.CreateUnbounded<Alert>();
        private Task running = Task.CompletedTask;
        private Task writing = Task.CompletedTask;
        private Task draining = Task.CompletedTask;

        public DecisionLoop Loop { get; private set; } = null!;

        public static Rig Start(IStateStore store, BrokerDouble broker, Action<DecisionLoop>? prepare = null)
        {
            var rig = new Rig();
            rig.Loop = new DecisionLoop(rig.inbound.Reader, rig.alerts.Writer, Calendar, new EngineOptions(), watchStaleness: false,
                NullLogger<DecisionLoop>.Instance, brokerSubmit: broker.Submit);
            prepare?.Invoke(rig.Loop);
            var writer = new SnapshotWriter(store, NullLogger<SnapshotWriter>.Instance);
            rig.Loop.UseCheckpoints(writer);
            rig.writing = writer.RunAsync(CancellationToken.None);
            rig.running = rig.Loop.RunAsync(CancellationToken.None);
            rig.draining = Task.Run(async () =>
            {
                await foreach (var alert in rig.alerts.Reader.ReadAllAsync())
                {
                    _ = alert;
                }
            });
            return rig;
        }

        /// <summary>SPX and VIX at the open, then SPX at the 15:30 entry time: the loop proposes the day's condor and orders it.</summary>
        public async Task PlayEntryDayAsync(CancellationToken cancellationToken)
        {
            await WriteAsync(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Spx, 6000m, at: Some.NewYork(2026, 3, 2, 9, 30))), cancellationToken);
            await WriteAsync(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Vix, 16m, at: Some.NewYork(2026, 3, 2, 9, 30))), cancellationToken);
            await WriteAsync(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Spx, 6001m, at: Some.NewYork(2026, 3, 2, 15, 30))), cancellationToken);
        }

        public ValueTask WriteAsync(InboundEvent inboundEvent, CancellationToken cancellationToken) => inbound.Writer.WriteAsync(inboundEvent, cancellationToken);

        /// <summary>Completes once the loop has processed everything written before it.</summary>
        public async Task<StatusSnapshot> QueryAsync(CancellationToken cancellationToken)
        {
            var query = new StatusQuery();
            await inbound.Writer.WriteAsync(InboundEvent.ForQuery(query), cancellationToken);
            return await query.Answer.WaitAsync(cancellationToken);
        }

        public async Task StopAsync()
        {
            inbound.Writer.Complete();
            await running;
            alerts.Writer.Complete();
            await draining;
            Loop.CompleteCheckpoints();
            await writing;
        }
    }

    private sealed class BrokerDouble
    {
        private readonly TaskCompletionSource<ExecutionCommand> first = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<ExecutionCommand> sent = [];

        public Task<ExecutionCommand> First => first.Task;

        public IReadOnlyList<ExecutionCommand> Sent
        {
            get
            {
                lock (sent)
                {
                    return [.. sent];
                }
            }
        }

        public void Submit(ExecutionCommand command)
        {
            lock (sent)
            {
                sent.Add(command);
            }

            first.TrySetResult(command);
        }
    }

    /// <summary>A state store whose saves wait until the test opens it, and which keeps every snapshot saved.</summary>
    private sealed class GatedStateStore : IStateStore
    {
        private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<StateSnapshot> saved = [];

        /// <summary>Completes when the first save has started (and is waiting for <see cref="Open"/>).</summary>
        public Task Entered => entered.Task;

        public IReadOnlyList<StateSnapshot> Saved
        {
            get
            {
                lock (saved)
                {
                    return [.. saved];
                }
            }
        }

        public void Open() => gate.TrySetResult();

        public Task<StateSnapshot?> LoadAsync(CancellationToken cancellationToken)
        {
            lock (saved)
            {
                return Task.FromResult(saved.Count == 0 ? null : saved[^1]);
            }
        }

        public async Task SaveAsync(StateSnapshot snapshot, CancellationToken cancellationToken)
        {
            entered.TrySetResult();
            await gate.Task.WaitAsync(cancellationToken);
            lock (saved)
            {
                saved.Add(snapshot);
            }
        }
    }
}
