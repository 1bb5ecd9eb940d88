using System.Threading.Channels;
using VixShield.Live.Abstractions.Pipeline;

namespace VixShield.Live.Abstractions.Feeds;

/// <summary>The market-data seam: a source of quotes written into the engine's inbound channel.</summary>
/// <remarks>
/// Implementations write <see cref="InboundEvent"/>s in non-decreasing <see cref="InboundEvent.EventTime"/> order,
/// report their lifecycle with <see cref="FeedStatusChanged"/> events, and return when their data ends (replay,
/// a bounded simulation) or when cancelled. They never complete the writer: the host owns it. A fatal fault is
/// thrown, and the host stops (crash-only recovery).
/// </remarks>
public interface IMarketDataFeed
{
    /// <summary>Short name used in logs and alerts (sim, replay, tws).</summary>
    string Name { get; }

    Task RunAsync(ChannelWriter<InboundEvent> writer, CancellationToken cancellationToken);
}
