using NodaTime;

namespace VixShield.Live.Abstractions.Execution;

/// <summary>Something that happened on the execution side (past-tense names), reported to the engine in order.</summary>
/// <param name="AccountId">The account it happened in.</param>
/// <param name="EventTime">When it happened, on the reporting component's injected clock.</param>
public abstract record ExecutionEvent(string AccountId, Instant EventTime);
