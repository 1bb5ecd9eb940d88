namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>TICK_STRING (46): a text tick such as the last-trade timestamp (45, epoch seconds) or RT volume (48).</summary>
public sealed record TickStringReceived(int RequestId, TwsTickType TickType, string Value) : TwsEvent;
