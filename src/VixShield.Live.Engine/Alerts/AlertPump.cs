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
    public long Delivered { get; private set; }

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

        Delivered += batch.Count;
    }
}
