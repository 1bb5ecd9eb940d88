using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using VixShield.Live.Abstractions.Alerts;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Engine.Alerts;

/// <summary>Drains the alert channel in batches and hands each batch to every sink, in order.</summary>
/// <remarks>
/// Sinks throw on failure (Serilog's rule) and the pump decides: a local sink that cannot write (disk full, file
/// removed) is fatal, because carrying on would lose decisions silently; the exception propagates, the host stops
/// and the supervisor restarts it. On completion of the channel the pump delivers what is left and flushes.
/// </remarks>
public sealed class AlertPump(ChannelReader<Alert> reader, IReadOnlyList<IAlertSink> sinks, int batchSize, ILogger<AlertPump> logger)
{
    private readonly List<(long Count, TaskCompletionSource Reached)> waiters = [];
    private long delivered;

    /// <summary>Alerts every sink has taken (for the journaling sink: stored in the outbox) since the pump started.</summary>
    public long Delivered => Interlocked.Read(ref delivered);

    /// <summary>Completes once every sink has taken at least <paramref name="count"/> alerts: a snapshot that covers the
    /// decisions behind them is saved only then, so a restart never resumes after a decision whose alert was lost.</summary>
    public Task WaitForDeliveredAsync(long count, CancellationToken cancellationToken)
    {
        lock (waiters)
        {
            if (Delivered >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((count, reached));
            return reached.Task.WaitAsync(cancellationToken);
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var batch = new List<Alert>(batchSize);
        while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (batch.Count < batchSize && reader.TryRead(out var alert))
            {
                batch.Add(alert);
            }

            await DeliverAsync(batch, cancellationToken).ConfigureAwait(false);
            batch.Clear();
        }

        foreach (var sink in sinks)
        {
            await sink.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        logger.LogInformation("Alert pump drained: {Delivered} alerts delivered to {SinkCount} sinks", Delivered, sinks.Count);
    }

    private async Task DeliverAsync(IReadOnlyList<Alert> batch, CancellationToken cancellationToken)
    {
        foreach (var sink in sinks)
        {
            try
            {
                await sink.DeliverAsync(batch, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogCritical(ex, "Alert sink {Sink} failed on alerts {First}..{Last}; stopping so nothing is lost silently",
                    sink.Name, batch[0].Sequence, batch[^1].Sequence);
                throw;
            }
        }

        var total = Interlocked.Add(ref delivered, batch.Count);
        lock (waiters)
        {
            for (var i = waiters.Count - 1; i >= 0; i--)
            {
                if (waiters[i].Count <= total)
                {
                    waiters[i].Reached.TrySetResult();
                    waiters.RemoveAt(i);
                }
            }
        }
    }
}
