namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>COMPLETED_ORDERS_END (102): the answer to REQ_COMPLETED_ORDERS is complete.</summary>
public sealed record CompletedOrdersEnded : TwsEvent;
