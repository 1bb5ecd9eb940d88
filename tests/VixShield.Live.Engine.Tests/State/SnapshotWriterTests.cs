using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using VixShield.Live.Abstractions.Alerts;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Engine.Alerts;
using VixShield.Live.Engine.Pipeline;
using VixShield.Live.Engine.State;
using VixShield.Live.Testing;

namespace VixShield.Live.Engine.Tests.State;

public sealed class SnapshotWriterTests
{
    private readonly CancellationTokenSource guard = new(TimeSpan.FromSeconds(30));

    [Fact]
    public async Task RunAsync_AlertsRaisedBeforeTheSnapshotNotYetStored_SavesOnlyAfterTheSinkTookThem()
    {
        var alerts = Channel.CreateUnbounded<Alert>();
        var sink = new GatedSink();
        var pump = new AlertPump(alerts.Reader, [sink], 16, NullLogger<AlertPump>.Instance);
        var store = new RecordingStore();
        var sut = new SnapshotWriter(store, NullLogger<SnapshotWriter>.Instance) { AlertsStored = pump.WaitForDeliveredAsync };
        var pumping = pump.RunAsync(guard.Token);
        var writing = sut.RunAsync(guard.Token);
        for (var sequence = 1; sequence <= 3; sequence++)
        {
            alerts.Writer.TryWrite(new Alert(sequence, "session.open", AlertSeverity.Info, Some.SessionOpen, null, "test", []));
        }

        sut.Offer(Snapshot(), alertsWritten: 3);
        await sink.Entered.WaitAsync(guard.Token);

        Assert.Empty(store.Saved);
        sink.Open();
        sut.Complete();
        await writing.WaitAsync(guard.Token);
        Assert.Single(store.Saved);
        Assert.Equal(3, pump.Delivered);
        alerts.Writer.Complete();
        await pumping.WaitAsync(guard.Token);
    }

    [Fact]
    public async Task Offer_SeveralWhileOneIsBeingSaved_SavesThatOneThenOnlyTheNewest()
    {
        var store = new RecordingStore();
        var sut = new SnapshotWriter(store, NullLogger<SnapshotWriter>.Instance);
        var taken = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waitedFor = new List<long>();
        sut.AlertsStored = (count, token) =>
        {
            waitedFor.Add(count);
            if (count != 1)
            {
                return Task.CompletedTask;
            }

            taken.SetResult();
            return release.Task.WaitAsync(token);
        };
        var writing = sut.RunAsync(guard.Token);

        sut.Offer(Snapshot(), 1);
        await taken.Task.WaitAsync(guard.Token);
        sut.Offer(Snapshot(), 2);
        sut.Offer(Snapshot(), 3);
        sut.Offer(Snapshot(), 4);
        release.SetResult();
        sut.Complete();
        await writing.WaitAsync(guard.Token);

        Assert.Equal([1L, 4L], waitedFor);
        Assert.Equal(2, store.Saved.Count);
        Assert.Equal(4, sut.SnapshotsOffered);
    }

    private static EngineSnapshot Snapshot()
    {
        var loop = new DecisionLoop(Channel.CreateUnbounded<InboundEvent>().Reader, Channel.CreateUnbounded<Alert>().Writer, new NyseTradingCalendar(),
            new EngineOptions(), watchStaleness: false, NullLogger<DecisionLoop>.Instance);
        loop.Process(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Spx, 6000m, at: Some.NewYork(2026, 3, 2, 10, 0))));
        return loop.CaptureSnapshot();
    }

    private sealed class GatedSink : IAlertSink
    {
        private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name => "gated";

        public Task Entered => entered.Task;

        public void Open() => gate.TrySetResult();

        public async Task DeliverAsync(IReadOnlyList<Alert> batch, CancellationToken cancellationToken)
        {
            entered.TrySetResult();
            await gate.Task.WaitAsync(cancellationToken);
        }

        public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class RecordingStore : IStateStore
    {
        private readonly List<StateSnapshot> saved = [];

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

        public Task<StateSnapshot?> LoadAsync(CancellationToken cancellationToken) => Task.FromResult<StateSnapshot?>(null);

        public Task SaveAsync(StateSnapshot snapshot, CancellationToken cancellationToken)
        {
            lock (saved)
            {
                saved.Add(snapshot);
            }

            return Task.CompletedTask;
        }
    }
}
