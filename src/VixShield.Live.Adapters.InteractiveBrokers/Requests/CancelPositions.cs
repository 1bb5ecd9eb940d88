namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>CANCEL_POSITIONS (64): stop the position updates started by <see cref="RequestPositions"/>.</summary>
public sealed record CancelPositions : TwsRequest;
