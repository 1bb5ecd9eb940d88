namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>TICK_SNAPSHOT_END (57): a snapshot market-data request is complete.</summary>
public sealed record TickSnapshotEnded(int RequestId) : TwsEvent;
