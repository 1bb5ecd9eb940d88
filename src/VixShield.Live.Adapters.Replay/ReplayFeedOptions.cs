using NodaTime;
using VixShield.Live.Adapters.Replay.Parsing;

namespace VixShield.Live.Adapters.Replay;

/// <summary>What the replay feed plays and how it treats bad rows.</summary>
public sealed record ReplayFeedOptions
{
    /// <summary>The files, merged in event-time order; on equal times the earlier source in this list goes first.</summary>
    public IReadOnlyList<ReplaySource> Sources { get; init; } = [];

    /// <value>The default is <see cref="BadRowPolicy.Stop"/>.</value>
    public BadRowPolicy BadRowPolicy { get; init; } = BadRowPolicy.Stop;

    /// <summary>Quotes before this instant are not played; null plays from the first row.</summary>
    public Instant? Start { get; init; }

    /// <summary>Quotes at or after this instant are not played (a session-close heartbeat at exactly this instant still
    /// is, so the last session closes); null plays to the end of the data.</summary>
    public Instant? End { get; init; }
}
