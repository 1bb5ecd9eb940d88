using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VixShield.Live.Adapters.Notifications.Outbox;

namespace VixShield.Live.Hosting;

/// <summary>Runs one delivery worker per remote destination (webhook, e-mail), off the decision loop's path.</summary>
/// <remarks>Each worker drains the durable outbox in order through its resilience pipeline; alerts it cannot deliver stay
/// in the outbox and go out when the endpoint recovers, or after the next start. A database failure stops the daemon.
/// On stop, a delivery in flight is let finish (bounded by Alerts:Delivery:AttemptTimeout) and marked before the final
/// pass, so the final pass never sends an alert the endpoint has already accepted; only the host's shutdown deadline
/// (Daemon:ShutdownTimeout) cuts it, leaving that alert pending.</remarks>
public sealed class AlertDeliveryWorker(IReadOnlyList<OutboxDeliveryService> deliveries, ILogger<AlertDeliveryWorker> logger) : BackgroundService
{
    private static readonly TimeSpan FinalPassTimeout = TimeSpan.FromSeconds(3);

    private readonly CancellationTokenSource shutdownDeadline = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        using var atDeadline = cancellationToken.Register(() => shutdownDeadline.Cancel());
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        shutdownDeadline.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (deliveries.Count == 0)
        {
            return;
        }

        // Taken once: the host may dispose this service while a delivery cut at the deadline is still unwinding.
        var deadline = shutdownDeadline.Token;
        logger.LogInformation("Alert delivery to {Destinations}", string.Join(", ", deliveries.Select(d => d.Destination)));
        try
        {
            await Task.WhenAll(deliveries.Select(d => d.RunAsync(stoppingToken, deadline))).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the last pass below still runs.
        }

        // One last pass so that a clean stop leaves nothing behind when the endpoints are up; what still fails stays in
        // the outbox for the next start.
        using var lastPass = new CancellationTokenSource(FinalPassTimeout);
        foreach (var delivery in deliveries)
        {
            try
            {
                await delivery.DeliverPendingAsync(lastPass.Token, deadline).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or AlertDeliveryException)
            {
                logger.LogWarning("Last delivery pass to {Destination} did not finish: {Message}", delivery.Destination, ex.Message);
            }

            logger.LogInformation("Delivery to {Destination} stopped: {Delivered} delivered, {Pending} pending in the outbox",
                delivery.Destination, delivery.Status.DeliveredTotal, delivery.Status.Pending);
        }
    }
}
