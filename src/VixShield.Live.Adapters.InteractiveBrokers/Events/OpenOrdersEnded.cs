namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>OPEN_ORDER_END (53): all open orders of a REQ_OPEN_ORDERS / REQ_ALL_OPEN_ORDERS answer were sent.</summary>
public sealed record OpenOrdersEnded : TwsEvent;
