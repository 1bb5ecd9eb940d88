using VixShield.Live.Adapters.InteractiveBrokers.Contracts;

namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>POSITION_DATA (61): one position of one account (negative = short).</summary>
/// <param name="AverageCost">Average cost per contract including the multiplier (235 for a 2.35 option premium).</param>
public sealed record PositionReceived(string Account, TwsContract Contract, decimal Position, decimal AverageCost) : TwsEvent;
