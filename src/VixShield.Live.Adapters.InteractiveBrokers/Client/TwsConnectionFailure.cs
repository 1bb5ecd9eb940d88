namespace VixShield.Live.Adapters.InteractiveBrokers.Client;

/// <summary>Why a connection attempt or a send failed; lets a resilience pipeline decide what to retry.</summary>
public enum TwsConnectionFailure : byte
{
    /// <summary>No TCP connection (TWS not running, API disabled, wrong port: IB's 502).</summary>
    Unreachable = 0,

    /// <summary>The TCP connect or the handshake did not finish within its timeout.</summary>
    Timeout = 1,

    /// <summary>TWS negotiated a server version outside the supported range; retrying will not help.</summary>
    UnsupportedServerVersion = 2,

    /// <summary>TWS rejected the client id as already in use (326); it may free up after a while.</summary>
    ClientIdInUse = 3,

    /// <summary>TWS closed the connection (or sent malformed bytes) before the session was ready.</summary>
    ClosedDuringHandshake = 4,

    /// <summary>A request was sent while no session was ready, or the write failed (IB's 504).</summary>
    NotConnected = 5,

    /// <summary>The resilience pipeline gave up reconnecting after a lost connection.</summary>
    ReconnectAbandoned = 6,
}
