namespace VixShield.Live.Abstractions.Execution;

/// <summary>The answer to a submit or cancel request; see <see cref="IExecutionAdapter"/> for what each promises.</summary>
public enum AcknowledgementStatus : byte
{
    /// <summary>Taken; the outcome follows as events.</summary>
    Accepted = 0,

    /// <summary>Refused before anything was created; no events follow.</summary>
    Rejected = 1,

    /// <summary>An order with this client order id already exists; nothing changed.</summary>
    Duplicate = 2,
}
