using System.Globalization;

namespace VixShield.Live.Adapters.InteractiveBrokers.Client;

/// <summary>Where and how <see cref="TwsClient"/> connects to TWS or IB Gateway.</summary>
public sealed record TwsClientOptions
{
    public const string SectionName = "InteractiveBrokers";

    /// <value>The default is 127.0.0.1 (TWS must list the daemon's address as a trusted IP).</value>
    public string Host { get; init; } = TwsClientDefaults.Host;

    /// <value>The default is 7497 (TWS paper).</value>
    public int Port { get; init; } = TwsClientDefaults.Port;

    /// <value>The default is 7. Each concurrent connection needs its own id; 0 also receives manual TWS orders.</value>
    public int ClientId { get; init; } = TwsClientDefaults.ClientId;

    /// <value>The default is 5 seconds.</value>
    public TimeSpan ConnectTimeout { get; init; } = TwsClientDefaults.ConnectTimeout;

    /// <summary>From the TCP connection to NEXT_VALID_ID ("connection ready").</summary>
    /// <value>The default is 10 seconds.</value>
    public TimeSpan HandshakeTimeout { get; init; } = TwsClientDefaults.HandshakeTimeout;

    /// <value>The default is 40.</value>
    public int MessagesPerSecond { get; init; } = TwsClientDefaults.MessagesPerSecond;

    /// <value>The default is 4.</value>
    public int MessageBurst { get; init; } = TwsClientDefaults.MessageBurst;

    /// <summary>Capacity of the bounded event channel; when full the reader waits (events are never dropped).</summary>
    /// <value>The default is 10,000.</value>
    public int EventCapacity { get; init; } = TwsClientDefaults.EventCapacity;

    /// <summary>Throws naming the field, its value and what is allowed, for the first invalid setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public void Validate()
    {
        Require(!string.IsNullOrWhiteSpace(Host), nameof(Host), Host, "a host name or IP address");
        Require(Port is > 0 and <= 65535, nameof(Port), Port, "1..65535");
        Require(ClientId >= 0, nameof(ClientId), ClientId, "0 or more");
        Require(ConnectTimeout > TimeSpan.Zero, nameof(ConnectTimeout), ConnectTimeout, "a positive duration");
        Require(HandshakeTimeout > TimeSpan.Zero, nameof(HandshakeTimeout), HandshakeTimeout, "a positive duration");
        Require(MessagesPerSecond > 0, nameof(MessagesPerSecond), MessagesPerSecond, "1 or more");
        Require(MessageBurst > 0, nameof(MessageBurst), MessageBurst, "1 or more");
        Require(
            MessagesPerSecond + MessageBurst < TwsClientDefaults.TwsMessageLimitPerSecond,
            nameof(MessagesPerSecond),
            MessagesPerSecond,
            $"MessagesPerSecond + MessageBurst ({MessagesPerSecond} + {MessageBurst}) below TWS's limit of {TwsClientDefaults.TwsMessageLimitPerSecond}");
        Require(EventCapacity > 0, nameof(EventCapacity), EventCapacity, "1 or more");
    }

    private static void Require(bool valid, string field, object? value, string allowed)
    {
        if (!valid)
        {
            throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture, $"TWS client setting {SectionName}:{field} is {value ?? "null"}; allowed: {allowed}"));
        }
    }
}
