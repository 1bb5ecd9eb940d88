namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>Order states TWS reports in ORDER_STATUS; <see cref="Unknown"/> for text this client does not know.</summary>
public enum TwsOrderStatus : byte
{
    Unknown = 0,
    ApiPending = 1,
    PendingSubmit = 2,
    PendingCancel = 3,
    PreSubmitted = 4,
    Submitted = 5,
    ApiCancelled = 6,
    Cancelled = 7,
    Filled = 8,
    Inactive = 9,
}
