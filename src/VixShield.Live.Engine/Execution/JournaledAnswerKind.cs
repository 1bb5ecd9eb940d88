namespace VixShield.Live.Engine.Execution;

/// <summary>How an order intent in the journal was answered.</summary>
public enum JournaledAnswerKind : byte
{
    /// <summary>The venue took it.</summary>
    Accepted = 0,

    /// <summary>The adapter refused it before anything was created.</summary>
    Rejected = 1,

    /// <summary>The venue already had an order with this client order id.</summary>
    Duplicate = 2,

    /// <summary>A crash lost the answer; at the next start the venue had the order, so it had been sent.</summary>
    FoundAtVenue = 3,

    /// <summary>A crash lost the answer; at the next start the venue had no record of the order. It is not sent then: the
    /// market it was decided on has passed, so the operator decides.</summary>
    UnknownToVenue = 4,
}
