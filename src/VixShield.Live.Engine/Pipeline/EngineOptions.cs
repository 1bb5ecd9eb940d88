namespace VixShield.Live.Engine.Pipeline;

/// <summary>Settings of the event pipeline (configuration section <c>Engine</c>).</summary>
public sealed class EngineOptions
{
    public const string SectionName = "Engine";

    /// <summary>Capacity of the inbound event channel. When full, feeds wait (backpressure); nothing is dropped.
    /// <value>The default is 65536.</value></summary>
    public int InboundCapacity { get; set; } = EngineDefaults.InboundCapacity;

    /// <summary>Capacity of the outgoing alert channel. When full, the decision loop waits for the alert pump rather
    /// than drop a decision. <value>The default is 8192.</value></summary>
    public int AlertCapacity { get; set; } = EngineDefaults.AlertCapacity;

    /// <summary>During market hours an index with no quote for this long raises a feed.stale alert.
    /// <value>The default is 00:00:30.</value></summary>
    public TimeSpan StaleFeedAfter { get; set; } = EngineDefaults.StaleFeedAfter;

    /// <summary>Emit a debug-level <c>bar.closed</c> event for every bar. <value>The default is true.</value></summary>
    public bool EmitBarEvents { get; set; } = EngineDefaults.EmitBarEvents;

    /// <summary>Largest number of alerts handed to the sinks in one batch. <value>The default is 256.</value></summary>
    public int AlertBatchSize { get; set; } = EngineDefaults.AlertBatchSize;
}
