namespace VixShield.Live.Testing.Tws;

/// <summary>How the fake TWS introduces itself; the defaults reproduce the golden recordings' server.</summary>
public sealed record FakeTwsServerOptions
{
    public const int DefaultServerVersion = 193;

    /// <summary>The server's own maximum version; it answers min(this, the client's maximum).</summary>
    public int ServerVersion { get; init; } = DefaultServerVersion;

    public string ConnectionTime { get; init; } = "20261016 09:45:00 EDT";

    public string Accounts { get; init; } = "DU1234567";

    public int NextValidId { get; init; } = 1;

    /// <summary>Sent after START_API: 2104, 2106 and 2158 farm notices, as TWS does.</summary>
    public bool SendFarmNotices { get; init; } = true;

    /// <summary>The server's "now" for <c>${now}</c> and CURRENT_TIME (2026-10-16 09:45 EDT, as in the recordings).</summary>
    public long NowEpochSeconds { get; init; } = 1792158300;

    /// <summary>The replies to requests.</summary>
    public FakeTwsScript Script { get; init; } = FakeTwsScript.Empty;
}
