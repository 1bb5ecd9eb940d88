using NodaTime;
using VixShield.Live.Abstractions.Execution;

namespace VixShield.Live.Adapters.Paper.State;

/// <summary>One accepted paper order as saved.</summary>
/// <param name="FilledNetPoints">Sum of net price x units over its fills.</param>
/// <param name="IsWorking">Still in the book (checked on every matching pass).</param>
public sealed record PaperOrderState(
    SubmitOrder Order,
    string VenueOrderId,
    Instant AcceptedTime,
    Instant ExpiresAt,
    string ExpiryReason,
    OrderStatus Status,
    int FilledQuantity,
    decimal FilledNetPoints,
    bool IsWorking);
