using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VixShield.Live.Adapters.InteractiveBrokers.Execution;
using VixShield.Live.Engine.Execution;

namespace VixShield.Live.Hosting;

/// <summary>Runs a broker's execution path on its own tasks: the pump sends the loop's order commands through the safety
/// gate to the broker, and the broker's order events go back to the loop through the inbound channel.</summary>
/// <remarks>The adapter connects and reconciles (open orders and today's executions), then the order intents a crash left
/// without an answer are settled against what it found, all before the pump takes its first command: an order the broker
/// already has is never sent again.</remarks>
public sealed class RemoteExecutionService(
    InteractiveBrokersExecutionAdapter adapter,
    OrderIntentReconciler reconciler,
    ExecutionPump pump,
    ExecutionChannels channels,
    ILogger<RemoteExecutionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await adapter.StartAsync(stoppingToken).ConfigureAwait(false);
        logger.LogInformation("Broker execution ready: account {Account} ({Kind})", adapter.AccountId, adapter.IsPaperAccount ? "paper" : "LIVE");
        var forward = pump.ForwardEventsAsync(stoppingToken);
        await reconciler.ReconcileAsync(stoppingToken).ConfigureAwait(false);
        try
        {
            await pump.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            channels.Commands.Writer.TryComplete();
        }

        try
        {
            await forward.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: events the broker sends from now on are read back at the next start's reconciliation.
        }

        await adapter.DisposeAsync().ConfigureAwait(false);
    }
}
