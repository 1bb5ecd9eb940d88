namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>REQ_POSITIONS (61): POSITION_DATA per position, POSITION_END, then updates until <see cref="CancelPositions"/>.</summary>
public sealed record RequestPositions : TwsRequest;
