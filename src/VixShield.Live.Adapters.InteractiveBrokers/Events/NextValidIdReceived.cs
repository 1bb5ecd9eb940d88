namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>NEXT_VALID_ID (9): the smallest order id TWS accepts next; also TWS's "connection ready" signal.</summary>
public sealed record NextValidIdReceived(int OrderId) : TwsEvent;
