namespace VixShield.Live.Abstractions.Execution;

/// <summary>Which component refused an order.</summary>
public enum RejectionSource : byte
{
    /// <summary>The venue (broker or paper matching engine) rejected an accepted order.</summary>
    Venue = 0,

    /// <summary>The adapter refused the request before anything was created (a rejected acknowledgement).</summary>
    Adapter = 1,

    /// <summary>The safety gate refused it before it reached the adapter.</summary>
    SafetyGate = 2,
}
