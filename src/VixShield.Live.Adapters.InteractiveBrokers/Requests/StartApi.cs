namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>START_API (71): identifies this connection by client id; the client sends it right after the handshake.</summary>
public sealed record StartApi(int ClientId, string OptionalCapabilities = "") : TwsRequest;
