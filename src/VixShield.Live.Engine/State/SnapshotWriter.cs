using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using VixShield.Live.Abstractions.State;

namespace VixShield.Live.Engine.State;

/// <summary>Saves the decision loop's snapshots through the state store on its own task, newest first: a snapshot offered
/// while another is being written replaces any older one still waiting (coalescing), so the loop never waits for the disk.</summary>
/// <remarks>
/// <para>Channel: capacity 1, <see cref="BoundedChannelFullMode.DropOldest"/>, one writer (the loop) and one reader (this
/// task). Dropping is the point here: each snapshot is the whole state, so only the newest matters. A save first waits
/// for the alerts raised before the snapshot to be stored (outbox first, snapshot second: a restart never resumes after a
/// decision whose alert was lost). After each save,
/// <see cref="RunAsync"/> calls the save callback with the snapshot saved (the broker path releases the orders recorded
/// in it).</para>
/// <para>A store that cannot write is a fault: the exception ends <see cref="RunAsync"/> and the host stops (crash-only),
/// since carrying on would leave the restart state behind.</para>
/// </remarks>
public sealed class SnapshotWriter(IStateStore store, ILogger<SnapshotWriter> logger)
{
    private readonly IStateStore store = store ?? throw new ArgumentNullException(nameof(store));
    private readonly ILogger logger = logger ?? throw new ArgumentNullException(nameof(logger));
    private readonly Channel<(EngineSnapshot Snapshot, long AlertsWritten)> waiting = Channel.CreateBounded<(EngineSnapshot, long)>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropOldest,
        SingleReader = true,
        SingleWriter = true,
    });

    private long saved;
    private long offered;

    /// <summary>Waits until the alert path has stored the given number of alerts (the alert pump's
    /// <c>WaitForDeliveredAsync</c>); null when alerts need no wait (tests without an alert path).</summary>
    public Func<long, CancellationToken, Task>? AlertsStored { get; set; }

    /// <summary>Called after each save with the snapshot saved, on the writer's task.</summary>
    public Func<EngineSnapshot, CancellationToken, ValueTask>? Saved { get; set; }

    public long SnapshotsSaved => Interlocked.Read(ref saved);

    public long SnapshotsOffered => Interlocked.Read(ref offered);

    /// <summary>Queues <paramref name="snapshot"/> for saving, replacing one still waiting; never blocks.</summary>
    /// <param name="alertsWritten">Alerts the loop had written to the alert channel when it took the snapshot; the save
    /// waits until the alert path has stored them all (see <see cref="AlertsStored"/>).</param>
    /// <exception cref="InvalidOperationException">The writer was completed.</exception>
    public void Offer(EngineSnapshot snapshot, long alertsWritten)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (!waiting.Writer.TryWrite((snapshot, alertsWritten)))
        {
            throw new InvalidOperationException("the snapshot writer is completed; no snapshot can be saved after the final one");
        }

        Interlocked.Increment(ref offered);
    }

    /// <summary>No more snapshots: <see cref="RunAsync"/> saves the one waiting and returns.</summary>
    public void Complete() => waiting.Writer.TryComplete();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var reader = waiting.Reader;
        while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (reader.TryRead(out var item))
            {
                var snapshot = item.Snapshot;
                if (AlertsStored is { } alertsStored)
                {
                    await alertsStored(item.AlertsWritten, cancellationToken).ConfigureAwait(false);
                }

                await store.SaveAsync(EngineSnapshotJson.ToStored(snapshot), cancellationToken).ConfigureAwait(false);
                Interlocked.Increment(ref saved);
                if (Saved is { } callback)
                {
                    await callback(snapshot, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        logger.LogInformation("Snapshot writer stopped: {Saved} engine snapshots saved of {Offered} offered", SnapshotsSaved, SnapshotsOffered);
    }
}
