namespace VixShield.Live.Domain.Orders;

/// <summary>How long an order stays working when it cannot fill at once.</summary>
public enum TimeInForce : byte
{
    /// <summary>Until the close of the session it was submitted in (or of the next session, when submitted while closed).</summary>
    Day = 0,

    /// <summary>Until filled, cancelled or its instrument stops trading.</summary>
    GoodTillCancelled = 1,

    /// <summary>Fill what can be filled on arrival and cancel the rest.</summary>
    ImmediateOrCancel = 2,
}
