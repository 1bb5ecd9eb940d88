using System.Text.Json;
using NodaTime;
using VixShield.Live.Engine.Condors;
using VixShield.Live.Engine.Execution;
using VixShield.Live.Rules.Hedging;

namespace VixShield.Live.Engine.State;

/// <summary>The decision loop's resumable state between two events: what a live run needs to continue after a restart
/// exactly where it stopped (the payload of the <c>IStateStore</c> snapshot, format <see cref="EngineSnapshotJson.FormatVersion"/>).</summary>
/// <param name="MarketTime">The last processed market time: the watermark.</param>
/// <param name="AlertSequence">The last alert sequence number issued; numbering resumes after it.</param>
/// <param name="Loop">Session, last quotes and feed health.</param>
/// <param name="Bars">Bars being built and the recent closed bars that rebuild the indicators.</param>
/// <param name="Condors">Open condors with their shadow stops, the scheduled entry and the last comparison.</param>
/// <param name="Hedges">Each ALVH engine's layers, scalar memory and daily accumulators, the trading ruleset first.</param>
/// <param name="Gate">The safety gate's switches, rate window, orders in flight and layer exposure (null without execution).</param>
/// <param name="VenueMatchedSecond">The market second the in-process venue last matched in (null without one).</param>
/// <param name="VenueParts">The in-process venue's own sections (the paper account, its price source), by key.</param>
/// <param name="Outbox">Orders decided and saved but not yet handed to a broker (broker path only), oldest first.</param>
public sealed record EngineSnapshot(
    Instant MarketTime,
    long AlertSequence,
    DecisionLoopState Loop,
    BarHistoryState Bars,
    CondorBookState Condors,
    IReadOnlyList<AlvhEngineState> Hedges,
    SafetyGateState? Gate,
    long? VenueMatchedSecond,
    IReadOnlyDictionary<string, JsonElement> VenueParts,
    IReadOnlyList<PendingCommand> Outbox);
