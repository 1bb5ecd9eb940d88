using NodaTime;
using VixShield.Live.Adapters.InteractiveBrokers.Client;
using VixShield.Live.Adapters.InteractiveBrokers.Events;

namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>Default values of <see cref="InteractiveBrokersOptions"/>.</summary>
public static class InteractiveBrokersDefaults
{
    /// <summary>Delayed: TWS sends live data where the account is subscribed and delayed data elsewhere (brief §5.3).</summary>
    public const TwsMarketDataType MarketDataType = TwsMarketDataType.Delayed;

    /// <summary>A tick more than 20% away from the instrument's last accepted value is held until confirmed.</summary>
    public const double JumpRejectFraction = 0.20;

    /// <summary>Consecutive ticks at the new level (the first included) that confirm a jump.</summary>
    public const int JumpConfirmationTicks = 3;

    /// <summary>0 = retry connecting for ever (TWS restarts nightly; the daemon must outlive it).</summary>
    public const int ConnectRetryAttempts = 0;

    /// <summary>The most daily bars one history request may ask for (ten years of sessions).</summary>
    public const int MaximumHistoryDays = 2520;

    public static TimeSpan RequestTimeout { get; } = TimeSpan.FromSeconds(30);

    public static TimeSpan ConnectRetryDelay { get; } = TimeSpan.FromSeconds(1);

    public static TimeSpan ConnectRetryMaxDelay { get; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// 23:45 New York. IB's North America daily reset is 00:15–01:45 ET (IBKR system-status page); the window opens
    /// half an hour earlier for TWS's own nightly log-off/auto-restart, whose time the user sets (commonly late
    /// evening; our assumption, configurable).
    /// </summary>
    public static TimeSpan DailyResetStart { get; } = new(23, 45, 0);

    /// <summary>Two hours: 23:45 to 01:45 New York.</summary>
    public static TimeSpan DailyResetDuration { get; } = TimeSpan.FromHours(2);

    /// <summary>IB's weekend maintenance is Friday 23:00 to Saturday 03:00 ET (IBKR system-status page).</summary>
    public const IsoDayOfWeek WeeklyResetDay = IsoDayOfWeek.Friday;

    public static TimeSpan WeeklyResetStart { get; } = new(23, 0, 0);

    public static TimeSpan WeeklyResetDuration { get; } = TimeSpan.FromHours(4);

    /// <summary>The name of the resilience pipeline used for connecting and reconnecting (<c>"tws-connect"</c>).</summary>
    public const string ConnectPipelineName = TwsClientDefaults.ConnectPipelineName;
}
