using System.Threading.Channels;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Engine.Pipeline;

/// <summary>The two queues of the pipeline, each with a stated capacity, full-mode and reader count.</summary>
/// <remarks>
/// Inbound: bounded, many writers (feeds, heartbeat), one reader (the decision loop), <c>Wait</c> when full, so a
/// fast replay is throttled to the loop's speed and nothing is dropped. Alerts: bounded, one writer (the loop), one
/// reader (the alert pump), <c>Wait</c> when full: a decision is never dropped. The pump writes to local sinks only
/// and hands remote delivery to an outbox, so a slow webhook cannot fill this channel and stall quote processing.
/// </remarks>
public sealed class EngineChannels
{
    public EngineChannels(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Inbound = Channel.CreateBounded<InboundEvent>(new BoundedChannelOptions(options.InboundCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
            AllowSynchronousContinuations = false,
        });
        Alerts = Channel.CreateBounded<Alert>(new BoundedChannelOptions(options.AlertCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = true,
            AllowSynchronousContinuations = false,
        });
    }

    public Channel<InboundEvent> Inbound { get; }

    public Channel<Alert> Alerts { get; }
}
