using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Engine.Alerts;
using VixShield.Live.Engine.Pipeline;
using VixShield.Live.Engine.State;

namespace VixShield.Live.Hosting;

/// <summary>Runs the pipeline: the feed writes inbound events, the decision loop reads them, the alert pump delivers.</summary>
/// <remarks>
/// Shutdown order is what makes a stop lossless: the feed stops first (cancelled by SIGTERM, or at the end of its
/// data or duration), then the inbound channel is completed and the loop drains what is queued, then the alert channel
/// is completed and the pump delivers and flushes the rest, and a live run saves its final engine snapshot. If any part
/// fails, the others are stopped, the host stops with exit code 1, and the supervisor restarts the daemon (crash-only
/// recovery).
/// </remarks>
public sealed class DaemonService(
    IMarketDataFeed feed,
    EngineChannels channels,
    DecisionLoop loop,
    AlertPump pump,
    IHostApplicationLifetime lifetime,
    WallClock wallClock,
    ILogger<DaemonService> logger,
    SnapshotWriter? snapshots = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var fatal = new CancellationTokenSource();
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, fatal.Token);
        var pumpTask = Guard("alert pump", pump.RunAsync(fatal.Token), fatal);
        var loopTask = Guard("decision loop", loop.RunAsync(fatal.Token), fatal);
        var snapshotTask = snapshots is null ? Task.CompletedTask : Guard("snapshot writer", snapshots.RunAsync(fatal.Token), fatal);
        Exception? fault = null;
        var started = wallClock.Provider.GetTimestamp();
        logger.LogInformation("Feed '{Feed}' starting", feed.Name);
        try
        {
            await feed.RunAsync(channels.Inbound.Writer, abort.Token).ConfigureAwait(false);
            logger.LogInformation("Feed '{Feed}' finished its data", feed.Name);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            logger.LogInformation("Feed '{Feed}' stopped", feed.Name);
        }
        catch (Exception ex)
        {
            fault = ex;
            logger.LogCritical(ex, "Feed '{Feed}' failed: {Message}", feed.Name, ex.Message);
        }

        channels.Inbound.Writer.TryComplete();
        try
        {
            await loopTask.ConfigureAwait(false);
        }
        finally
        {
            channels.Alerts.Writer.TryComplete();
        }

        // The final snapshot holds everything the drained loop decided, so a clean stop restarts exactly where it ended.
        loop.CompleteCheckpoints();
        await pumpTask.ConfigureAwait(false);
        await snapshotTask.ConfigureAwait(false);
        var elapsed = wallClock.Provider.GetElapsedTime(started);
        logger.LogInformation(
            "Processed {Quotes} quotes in {Seconds:0.000} s of wall time ({Rate:0} quotes/s through the pipeline)",
            loop.Statistics.QuotesProcessed, elapsed.TotalSeconds, loop.Statistics.QuotesProcessed / Math.Max(elapsed.TotalSeconds, 1e-9));
        if (fault is not null)
        {
            Environment.ExitCode = 1;
        }

        lifetime.StopApplication();
    }

    /// <summary>Turns the failure of one part into a stop of all parts; a part cancelled because another failed
    /// is not reported again.</summary>
    private async Task Guard(string part, Task task, CancellationTokenSource fatal)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (fatal.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            Environment.ExitCode = 1;
            logger.LogCritical(ex, "The {Part} failed: {Message}; stopping the daemon", part, ex.Message);
            await fatal.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }
}
