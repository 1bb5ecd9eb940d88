namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>TICK_SIZE (2): a size, volume or open-interest tick; null when TWS sent an unset size.</summary>
public sealed record TickSizeReceived(int RequestId, TwsTickType TickType, decimal? Size) : TwsEvent;
