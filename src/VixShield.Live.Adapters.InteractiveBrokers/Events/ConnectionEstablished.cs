namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>A session is ready (NEXT_VALID_ID arrived). After a reconnect, resubscribe and reconcile before trading.</summary>
/// <param name="ServerVersion">The negotiated version used for every message of this session.</param>
/// <param name="ConnectionTime">TWS's connection time text (zone format varies by host).</param>
/// <param name="SessionNumber">1 for the first connection, then +1 per reconnect.</param>
public sealed record ConnectionEstablished(int ServerVersion, string ConnectionTime, int SessionNumber) : TwsEvent;
