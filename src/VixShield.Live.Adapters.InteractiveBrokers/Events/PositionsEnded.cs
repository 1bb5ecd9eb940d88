namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>POSITION_END (62): the initial position list is complete; updates may follow.</summary>
public sealed record PositionsEnded : TwsEvent;
