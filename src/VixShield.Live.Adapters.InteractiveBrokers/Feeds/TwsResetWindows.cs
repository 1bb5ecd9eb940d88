using System.Globalization;
using NodaTime;

namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>The nightly and weekly windows in which TWS/IB restarts, so a disconnect inside them is expected, not alarming.</summary>
/// <remarks>Times are New York wall-clock times; a window may cross midnight. A zero duration disables a window.</remarks>
internal sealed class TwsResetWindows
{
    private readonly DateTimeZone zone;
    private readonly LocalTime dailyStart;
    private readonly Period dailyDuration;
    private readonly TimeSpan dailyLength;
    private readonly IsoDayOfWeek weeklyDay;
    private readonly LocalTime weeklyStart;
    private readonly Period weeklyDuration;
    private readonly TimeSpan weeklyLength;

    public TwsResetWindows(InteractiveBrokersOptions options, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(zone);
        this.zone = zone;
        dailyStart = LocalTime.FromTicksSinceMidnight(options.DailyResetStart.Ticks);
        dailyLength = options.DailyResetDuration;
        dailyDuration = Period.FromTicks(dailyLength.Ticks);
        weeklyDay = options.WeeklyResetDay;
        weeklyStart = LocalTime.FromTicksSinceMidnight(options.WeeklyResetStart.Ticks);
        weeklyLength = options.WeeklyResetDuration;
        weeklyDuration = Period.FromTicks(weeklyLength.Ticks);
        Description = string.Create(
            CultureInfo.InvariantCulture,
            $"nightly from {dailyStart:HH:mm} for {dailyLength:c}, {weeklyDay} from {weeklyStart:HH:mm} for {weeklyLength:c}, New York time");
    }

    /// <summary>The windows in words, for log lines and status reasons.</summary>
    public string Description { get; }

    public bool Contains(Instant instant)
    {
        var local = instant.InZone(zone).LocalDateTime;
        if (dailyLength > TimeSpan.Zero)
        {
            for (var daysBack = 0; daysBack <= 1; daysBack++)
            {
                if (Within(local, local.Date.PlusDays(-daysBack).At(dailyStart), dailyDuration))
                {
                    return true;
                }
            }
        }

        if (weeklyLength > TimeSpan.Zero)
        {
            for (var daysBack = 0; daysBack <= 7; daysBack++)
            {
                var date = local.Date.PlusDays(-daysBack);
                if (date.DayOfWeek == weeklyDay && Within(local, date.At(weeklyStart), weeklyDuration))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Within(LocalDateTime local, LocalDateTime start, Period duration) => local >= start && local < start.Plus(duration);
}
