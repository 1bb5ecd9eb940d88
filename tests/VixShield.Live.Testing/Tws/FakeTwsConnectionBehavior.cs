namespace VixShield.Live.Testing.Tws;

/// <summary>What the fake TWS does with one accepted connection.</summary>
public enum FakeTwsConnectionBehavior
{
    /// <summary>Handshake, start-up messages, scripted replies.</summary>
    Normal = 0,

    /// <summary>Read the client's hello and never answer (a hung TWS).</summary>
    Silent = 1,

    /// <summary>Close the socket right after accepting it (TWS refusing, e.g. too many clients).</summary>
    CloseOnAccept = 2,

    /// <summary>Answer the handshake, then ERR_MSG 326 (client id in use) and close, as TWS does.</summary>
    RejectClientId = 3,
}
