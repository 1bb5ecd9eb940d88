namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>The session ended without us asking: TWS closed the socket, a read failed, or the bytes broke the protocol.</summary>
/// <param name="Reason">What happened, in words, for the operator.</param>
/// <param name="Error">The cause: a <c>TwsProtocolException</c> for malformed input, an I/O error, or null for a clean close by TWS.</param>
/// <param name="WillReconnect">True when the client is now reconnecting through its resilience pipeline.</param>
public sealed record ConnectionLost(string Reason, Exception? Error, bool WillReconnect) : TwsEvent;
