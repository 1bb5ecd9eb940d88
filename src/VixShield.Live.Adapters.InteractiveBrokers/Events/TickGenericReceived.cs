namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>TICK_GENERIC (45): a numeric tick such as implied volatility (24) or halted (49).</summary>
public sealed record TickGenericReceived(int RequestId, TwsTickType TickType, double Value) : TwsEvent;
