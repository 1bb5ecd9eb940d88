namespace VixShield.Live.Adapters.InteractiveBrokers.Client;

/// <summary>Default values of <see cref="TwsClientOptions"/>.</summary>
public static class TwsClientDefaults
{
    public const string Host = "127.0.0.1";

    /// <summary>TWS paper trading; live TWS is 7496, IB Gateway 4002 (paper) / 4001 (live).</summary>
    public const int Port = 7497;

    public const int ClientId = 7;

    /// <summary>40 per second plus a burst of 4 keeps any one-second window at 44, under TWS's 50 (brief §3).</summary>
    public const int MessagesPerSecond = 40;

    public const int MessageBurst = 4;

    /// <summary>TWS's documented limit per second; pacing must stay below it.</summary>
    public const int TwsMessageLimitPerSecond = 50;

    public const int EventCapacity = 10_000;

    /// <summary>Name of the resilience pipeline the host registers for connecting and reconnecting.</summary>
    public const string ConnectPipelineName = "tws-connect";

    public static TimeSpan ConnectTimeout { get; } = TimeSpan.FromSeconds(5);

    public static TimeSpan HandshakeTimeout { get; } = TimeSpan.FromSeconds(10);
}
