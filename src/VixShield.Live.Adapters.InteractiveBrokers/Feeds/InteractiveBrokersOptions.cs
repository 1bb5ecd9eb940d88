using System.Globalization;
using NodaTime;
using VixShield.Live.Adapters.InteractiveBrokers.Client;
using VixShield.Live.Adapters.InteractiveBrokers.Events;

namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>Configuration section <c>InteractiveBrokers</c>: where TWS is and how the market-data feed behaves.</summary>
/// <remarks>Durations bind from <c>"hh:mm:ss"</c>; reset-window times are New York wall-clock times.
/// <see cref="Validate"/> lists every invalid value with its key and what is allowed.</remarks>
public sealed record InteractiveBrokersOptions
{
    public const string SectionName = "InteractiveBrokers";

    /// <value>The default is 127.0.0.1 (TWS must list the daemon's address as a trusted IP).</value>
    public string Host { get; init; } = TwsClientDefaults.Host;

    /// <value>The default is 7497 (TWS paper); TWS live 7496, IB Gateway paper 4002, live 4001.</value>
    public int Port { get; init; } = TwsClientDefaults.Port;

    /// <value>The default is 7. Each concurrent API connection to one TWS needs its own client id.</value>
    public int ClientId { get; init; } = TwsClientDefaults.ClientId;

    /// <value>The default is 5 seconds.</value>
    public TimeSpan ConnectTimeout { get; init; } = TwsClientDefaults.ConnectTimeout;

    /// <value>The default is 10 seconds.</value>
    public TimeSpan HandshakeTimeout { get; init; } = TwsClientDefaults.HandshakeTimeout;

    /// <value>The default is 40 (plus <see cref="MessageBurst"/>, kept under TWS's 50 per second).</value>
    public int MessagesPerSecond { get; init; } = TwsClientDefaults.MessagesPerSecond;

    /// <value>The default is 4.</value>
    public int MessageBurst { get; init; } = TwsClientDefaults.MessageBurst;

    /// <value>The default is 10,000 decoded TWS messages waiting for the feed.</value>
    public int EventCapacity { get; init; } = TwsClientDefaults.EventCapacity;

    /// <summary>REQ_MARKET_DATA_TYPE sent before subscribing: Live (1), Frozen (2), Delayed (3) or DelayedFrozen (4).</summary>
    /// <value>The default is Delayed: live data where subscribed, delayed (10167) elsewhere.</value>
    public TwsMarketDataType MarketDataType { get; init; } = InteractiveBrokersDefaults.MarketDataType;

    /// <summary>A tick further than this fraction from the instrument's last accepted value is held, not written, until confirmed.</summary>
    /// <value>The default is 0.20 (20%).</value>
    public double JumpRejectFraction { get; init; } = InteractiveBrokersDefaults.JumpRejectFraction;

    /// <summary>Consecutive ticks beyond <see cref="JumpRejectFraction"/> and within it of each other that confirm a new level; 1 disables the check.</summary>
    /// <value>The default is 3.</value>
    public int JumpConfirmationTicks { get; init; } = InteractiveBrokersDefaults.JumpConfirmationTicks;

    /// <summary>How long a contract lookup or history request may wait for TWS's answer (after pacing).</summary>
    /// <value>The default is 30 seconds.</value>
    public TimeSpan RequestTimeout { get; init; } = InteractiveBrokersDefaults.RequestTimeout;

    /// <summary>Connection attempts after a failure before giving up (the host then stops); 0 retries for ever.</summary>
    /// <value>The default is 0.</value>
    public int ConnectRetryAttempts { get; init; } = InteractiveBrokersDefaults.ConnectRetryAttempts;

    /// <summary>First reconnect delay; doubles per attempt, with jitter, up to <see cref="ConnectRetryMaxDelay"/>.</summary>
    /// <value>The default is 1 second.</value>
    public TimeSpan ConnectRetryDelay { get; init; } = InteractiveBrokersDefaults.ConnectRetryDelay;

    /// <value>The default is 1 minute.</value>
    public TimeSpan ConnectRetryMaxDelay { get; init; } = InteractiveBrokersDefaults.ConnectRetryMaxDelay;

    /// <summary>Start of the nightly window (New York time) in which TWS/IB resets; disconnects inside it are expected.</summary>
    /// <value>The default is 23:45.</value>
    public TimeSpan DailyResetStart { get; init; } = InteractiveBrokersDefaults.DailyResetStart;

    /// <value>The default is 2 hours (to 01:45); zero disables the nightly window.</value>
    public TimeSpan DailyResetDuration { get; init; } = InteractiveBrokersDefaults.DailyResetDuration;

    /// <value>The default is Friday.</value>
    public IsoDayOfWeek WeeklyResetDay { get; init; } = InteractiveBrokersDefaults.WeeklyResetDay;

    /// <value>The default is 23:00 (New York) on <see cref="WeeklyResetDay"/>.</value>
    public TimeSpan WeeklyResetStart { get; init; } = InteractiveBrokersDefaults.WeeklyResetStart;

    /// <value>The default is 4 hours; zero disables the weekly window.</value>
    public TimeSpan WeeklyResetDuration { get; init; } = InteractiveBrokersDefaults.WeeklyResetDuration;

    /// <summary>Every invalid setting: the full configuration key, its value and what is allowed; empty when valid.</summary>
    public IReadOnlyList<(string Key, string? Value, string Allowed)> Validate()
    {
        var problems = new List<(string Key, string? Value, string Allowed)>();
        void Check(bool valid, string name, object? value, string allowed)
        {
            if (!valid)
            {
                problems.Add(($"{SectionName}:{name}", value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture), allowed));
            }
        }

        var day = TimeSpan.FromDays(1);
        Check(!string.IsNullOrWhiteSpace(Host), nameof(Host), Host, "a host name or IP address of the machine running TWS or IB Gateway");
        Check(Port is > 0 and <= 65535, nameof(Port), Port, "1..65535 (TWS 7497 paper / 7496 live, IB Gateway 4002 paper / 4001 live)");
        Check(ClientId >= 0, nameof(ClientId), ClientId, "0 or more, unique per connection to the same TWS");
        Check(ConnectTimeout > TimeSpan.Zero, nameof(ConnectTimeout), ConnectTimeout, "a positive duration (hh:mm:ss)");
        Check(HandshakeTimeout > TimeSpan.Zero, nameof(HandshakeTimeout), HandshakeTimeout, "a positive duration (hh:mm:ss)");
        Check(MessagesPerSecond > 0, nameof(MessagesPerSecond), MessagesPerSecond, "1 or more");
        Check(MessageBurst > 0, nameof(MessageBurst), MessageBurst, "1 or more");
        Check(
            MessagesPerSecond <= 0 || MessageBurst <= 0 || MessagesPerSecond + MessageBurst < TwsClientDefaults.TwsMessageLimitPerSecond,
            nameof(MessagesPerSecond),
            MessagesPerSecond,
            $"MessagesPerSecond + MessageBurst below TWS's limit of {TwsClientDefaults.TwsMessageLimitPerSecond} per second");
        Check(EventCapacity > 0, nameof(EventCapacity), EventCapacity, "1 or more");
        Check(Enum.IsDefined(MarketDataType), nameof(MarketDataType), MarketDataType, "Live, Frozen, Delayed or DelayedFrozen");
        Check(double.IsFinite(JumpRejectFraction) && JumpRejectFraction is > 0 and <= 1, nameof(JumpRejectFraction), JumpRejectFraction, "a fraction in (0, 1], e.g. 0.2 for 20%");
        Check(JumpConfirmationTicks is >= 1 and <= 100, nameof(JumpConfirmationTicks), JumpConfirmationTicks, "1..100 (1 accepts every jump at once)");
        Check(RequestTimeout > TimeSpan.Zero, nameof(RequestTimeout), RequestTimeout, "a positive duration (hh:mm:ss)");
        Check(ConnectRetryAttempts >= 0, nameof(ConnectRetryAttempts), ConnectRetryAttempts, "0 (retry for ever) or a positive number of attempts");
        Check(ConnectRetryDelay > TimeSpan.Zero, nameof(ConnectRetryDelay), ConnectRetryDelay, "a positive duration (hh:mm:ss)");
        Check(ConnectRetryMaxDelay >= ConnectRetryDelay, nameof(ConnectRetryMaxDelay), ConnectRetryMaxDelay, $"a duration of at least ConnectRetryDelay ({ConnectRetryDelay})");
        Check(DailyResetStart >= TimeSpan.Zero && DailyResetStart < day, nameof(DailyResetStart), DailyResetStart, "a time of day 00:00:00..23:59:59 (New York)");
        Check(DailyResetDuration >= TimeSpan.Zero && DailyResetDuration < day, nameof(DailyResetDuration), DailyResetDuration, "00:00:00 (off) up to, not including, 1.00:00:00");
        Check(Enum.IsDefined(WeeklyResetDay) && WeeklyResetDay != IsoDayOfWeek.None, nameof(WeeklyResetDay), WeeklyResetDay, "Monday..Sunday");
        Check(WeeklyResetStart >= TimeSpan.Zero && WeeklyResetStart < day, nameof(WeeklyResetStart), WeeklyResetStart, "a time of day 00:00:00..23:59:59 (New York)");
        Check(WeeklyResetDuration >= TimeSpan.Zero && WeeklyResetDuration < TimeSpan.FromDays(7), nameof(WeeklyResetDuration), WeeklyResetDuration, "00:00:00 (off) up to, not including, 7.00:00:00");
        return problems;
    }

    /// <summary>The socket client's settings.</summary>
    public TwsClientOptions ToClientOptions() => new()
    {
        Host = Host,
        Port = Port,
        ClientId = ClientId,
        ConnectTimeout = ConnectTimeout,
        HandshakeTimeout = HandshakeTimeout,
        MessagesPerSecond = MessagesPerSecond,
        MessageBurst = MessageBurst,
        EventCapacity = EventCapacity,
    };
}
