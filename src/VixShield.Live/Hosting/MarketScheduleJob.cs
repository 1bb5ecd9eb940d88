using Quartz;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Engine.Pipeline;

namespace VixShield.Live.Hosting;

/// <summary>A Quartz job that only wakes the decision loop at a scheduled market instant (session open, condor entry,
/// session close, end-of-day report); what happens then is decided by the loop from market time, exactly as in replay.</summary>
[DisallowConcurrentExecution]
public sealed class MarketScheduleJob(EngineChannels channels, WallClock wallClock) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await channels.Inbound.Writer.WriteAsync(InboundEvent.ForHeartbeat(wallClock.Provider.GetCurrentInstant()), cancellationToken)
            .ConfigureAwait(false);
    }
}
