using VixShield.Live.Abstractions.Execution;

namespace VixShield.Live.Engine.Execution;

/// <summary>The payload of an <c>OrderAcknowledgement</c> journal entry: how the intent with the same key was answered.</summary>
/// <param name="Reason">The adapter's reason (a refusal, a duplicate) or the reconciliation's finding; null when accepted.</param>
/// <param name="VenueStatus">The venue's status of the order when reconciliation found it.</param>
public sealed record JournaledAnswer(JournaledAnswerKind Kind, string? Reason, OrderStatus? VenueStatus);
