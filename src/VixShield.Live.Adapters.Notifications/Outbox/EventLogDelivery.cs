using VixShield.Live.Abstractions.State;
using VixShield.Live.Adapters.Notifications.Files;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Notifications.Outbox;

/// <summary>Keeps the JSON-lines event log complete: every journaled alert reaches it exactly once, in journal order,
/// because the log is an outbox destination (<see cref="Destination"/>) with its own delivered position.</summary>
/// <remarks>
/// <para>Order per batch: the alerts are journaled first (by <see cref="JournalingAlertSink"/>), then written and
/// flushed here, then marked delivered. A write that fails (disk full) throws, the alert pump stops the daemon, and
/// the alerts stay undelivered; so does a batch interrupted by SIGKILL between the journal's commit and the mark.
/// <see cref="CatchUpAsync"/> at the next start writes them before anything new.</para>
/// <para>A crash between the write and the mark leaves alerts both in the file and undelivered. The catch-up
/// recognises them: the file's last line is the line of one of the first pending alerts, and that alert and those
/// before it are marked without being written again.</para>
/// <para>Stopping on a failed write rather than retrying in place: a full disk rarely frees itself within a retry's
/// patience, a retrying pump would hold the alert channel and with it the decision loop, and the journal already
/// holds the alerts, so a restart loses nothing (crash-only, as everywhere else in the daemon).</para>
/// </remarks>
public sealed class EventLogDelivery
{
    /// <summary>The event log's name in the outbox's positions table.</summary>
    public const string Destination = "events-log";

    private readonly IAlertOutbox outbox;
    private readonly JsonlFileAlertSink file;
    private readonly bool syncToDisk;
    private readonly int pageSize;
    private bool caughtUp;

    /// <param name="syncToDisk">Fsync the file before each mark, so the mark never survives a power cut that the
    /// lines do not (match the state database's durability).</param>
    /// <param name="pageSize">Alerts read from the outbox at a time while catching up; at least the alert pump's batch
    /// size, because the catch-up looks for a written but unmarked batch in its first page.</param>
    public EventLogDelivery(IAlertOutbox outbox, JsonlFileAlertSink file, bool syncToDisk, int pageSize)
    {
        this.outbox = outbox ?? throw new ArgumentNullException(nameof(outbox));
        this.file = file ?? throw new ArgumentNullException(nameof(file));
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        this.syncToDisk = syncToDisk;
        this.pageSize = pageSize;
    }

    public string Path => file.Path;

    /// <summary>Writes every alert the journal holds and the log has not been given, oldest first. Call once at start,
    /// before the first <see cref="WriteAsync"/>.</summary>
    /// <exception cref="IOException">The file cannot be written; what is not written stays pending.</exception>
    public async Task<EventLogCatchUp> CatchUpAsync(CancellationToken cancellationToken)
    {
        var written = 0L;
        var alreadyThere = 0;
        var first = true;
        while (true)
        {
            var page = await outbox.ReadUndeliveredAsync(Destination, pageSize, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                break;
            }

            var start = first ? AlreadyWritten(page) : 0;
            first = false;
            alreadyThere += start;
            if (start < page.Count)
            {
                var alerts = new Alert[page.Count - start];
                for (var i = start; i < page.Count; i++)
                {
                    alerts[i - start] = page[i].Alert;
                }

                await WriteThroughAsync(alerts, cancellationToken).ConfigureAwait(false);
                written += alerts.Length;
            }

            await outbox.MarkDeliveredAsync(Destination, page[^1].Sequence, cancellationToken).ConfigureAwait(false);
        }

        caughtUp = true;
        return new EventLogCatchUp(written, alreadyThere, file.TornBytesRemoved);
    }

    /// <summary>Writes alerts just journaled (in journal order) and marks the log delivered through
    /// <paramref name="lastJournalSequence"/>, the journal sequence of the last of them.</summary>
    /// <exception cref="IOException">The file cannot be written; the alerts stay pending for the next start.</exception>
    public async Task WriteAsync(IReadOnlyList<Alert> journaled, long lastJournalSequence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(journaled);
        if (!caughtUp)
        {
            throw new InvalidOperationException(
                $"the event log '{file.Path}' has not caught up with the journal yet; call {nameof(CatchUpAsync)} at start, before new alerts");
        }

        if (journaled.Count == 0)
        {
            return;
        }

        await WriteThroughAsync(journaled, cancellationToken).ConfigureAwait(false);
        await outbox.MarkDeliveredAsync(Destination, lastJournalSequence, cancellationToken).ConfigureAwait(false);
    }

    public Task FlushAsync(CancellationToken cancellationToken) => file.FlushAsync(cancellationToken);

    private async Task WriteThroughAsync(IReadOnlyList<Alert> alerts, CancellationToken cancellationToken)
    {
        await file.DeliverAsync(alerts, cancellationToken).ConfigureAwait(false);
        if (syncToDisk)
        {
            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>How many of the first pending alerts are already the file's last lines: the index after the pending
    /// alert whose line is the file's last line, or 0. Lines carry the alert's sequence, time and content, and the
    /// journal stores an alert with the same content only once, so a match cannot be another alert.</summary>
    private int AlreadyWritten(IReadOnlyList<OutboxAlert> page)
    {
        var lastLine = file.LastLineAtOpen.Span;
        if (lastLine.IsEmpty)
        {
            return 0;
        }

        for (var i = page.Count - 1; i >= 0; i--)
        {
            if (file.Writes(page[i].Alert) && lastLine.SequenceEqual(JsonlFileAlertSink.Line(page[i].Alert)))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
