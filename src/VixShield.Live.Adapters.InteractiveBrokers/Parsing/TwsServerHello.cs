namespace VixShield.Live.Adapters.InteractiveBrokers.Parsing;

/// <summary>The server's answer to the handshake: the negotiated version and TWS's connection time text.</summary>
/// <param name="ServerVersion">min(server maximum, client maximum): decides every conditional field afterwards.</param>
/// <param name="ConnectionTime">Like <c>20261016 09:45:00 EDT</c>; the zone format varies by TWS host, so it stays text.</param>
public readonly record struct TwsServerHello(int ServerVersion, string ConnectionTime);
