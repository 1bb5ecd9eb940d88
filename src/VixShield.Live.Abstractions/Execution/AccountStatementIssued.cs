using NodaTime;

namespace VixShield.Live.Abstractions.Execution;

/// <summary>The account's statement for a trading day, issued after the session close.</summary>
public sealed record AccountStatementIssued(string AccountId, Instant EventTime, AccountStatement Statement)
    : ExecutionEvent(AccountId, EventTime);
