using Microsoft.Extensions.Hosting;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Engine.Pipeline;

namespace VixShield.Live.Hosting;

/// <summary>With a live feed, time passes between quotes: a heartbeat each second lets the decision loop close bars and
/// sessions on time and notice a silent index. Simulation and replay write their own heartbeats.</summary>
public sealed class HeartbeatService(EngineChannels channels, WallClock wallClock) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, wallClock.Provider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                // When the loop is behind and the channel full, this heartbeat is skipped: it carries no data, and the
                // quotes in the channel move market time forward anyway.
                _ = channels.Inbound.Writer.TryWrite(InboundEvent.ForHeartbeat(wallClock.Provider.GetCurrentInstant()));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
