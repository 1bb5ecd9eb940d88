using System.Globalization;
using NodaTime;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Configuration;
using VixShield.Live.Domain.Calendar;

namespace VixShield.Live.Hosting;

/// <summary>When a run starts and ends in market time, and the clocks that drive it.</summary>
/// <remarks>Simulation and replay own a <see cref="ManualTimeProvider"/> that the feed advances to each event's time;
/// it is the daemon's <see cref="TimeProvider"/>, so every component sees market time. The real clock is used only to
/// pace a run at <c>--speed X</c>.</remarks>
public sealed class FeedPlan
{
    private FeedPlan(Instant start, Instant end, MarketPacer pacer, bool watchStaleness)
    {
        Start = start;
        End = end;
        Pacer = pacer;
        WatchStaleness = watchStaleness;
    }

    /// <summary>First market instant of the run (a session open for the simulator).</summary>
    public Instant Start { get; }

    /// <summary>Last market instant of the run; <see cref="Instant.MaxValue"/> when it runs until stopped or out of data.</summary>
    public Instant End { get; }

    public MarketPacer Pacer { get; }

    public ManualTimeProvider MarketClock => Pacer.MarketClock;

    /// <summary>True for a broker feed: real time, heartbeats from a timer, no duration.</summary>
    public bool IsLive { get; private init; }

    /// <summary>Stale-quote alerts make sense only for feeds that tick continuously.</summary>
    public bool WatchStaleness { get; }

    public static FeedPlan Create(DaemonConfiguration configuration, ITradingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(calendar);
        var feed = configuration.Feed;
        var simulated = feed.Kind == FeedOptions.Simulated;
        if (feed.Kind == FeedOptions.InteractiveBrokers)
        {
            // A live feed stamps quotes with the real clock; the manual clock only serves the in-process venue.
            var now = TimeProvider.System.GetCurrentInstant();
            return new FeedPlan(now, Instant.MaxValue, new MarketPacer(new ManualTimeProvider(now), TimeProvider.System, null), watchStaleness: true)
            {
                IsLive = true,
            };
        }

        Instant start;
        if (feed.StartDate is { } date)
        {
            start = calendar.CurrentOrNextSession(date.AtStartOfDayInZone(calendar.Zone).ToInstant()).Open;
        }
        else if (simulated)
        {
            start = calendar.CurrentOrNextSession(FeedOptions.DefaultStart.AtStartOfDayInZone(calendar.Zone).ToInstant()).Open;
        }
        else
        {
            start = Instant.FromUtc(1900, 1, 1, 0, 0);
        }

        var end = feed.RunDuration is { } duration ? duration.EndFrom(start, calendar) : Instant.MaxValue;
        var clock = new ManualTimeProvider(start);
        return new FeedPlan(start, end, new MarketPacer(clock, TimeProvider.System, feed.SpeedFactor), watchStaleness: simulated);
    }

    public string Describe(ITradingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var speed = Pacer.Speed is { } s ? s.ToString("0.##", CultureInfo.InvariantCulture) + "x" : "max";
        var from = Start.InUtc().Year <= 1900 ? "the start of the data" : Start.InZone(calendar.Zone).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture) + " New York";
        var to = End == Instant.MaxValue ? "until stopped or out of data" : "until " + End.InZone(calendar.Zone).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture) + " New York";
        return $"from {from} {to} at speed {speed}";
    }
}
