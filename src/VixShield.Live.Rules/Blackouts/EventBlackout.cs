using VixShield.Live.Domain.Calendar;
using NodaTime;

namespace VixShield.Live.Rules.Blackouts;

/// <summary>The blackout windows of a calendar under a policy: from the close of the trading session before the release
/// date until the release time.</summary>
/// <remarks>Windows are computed once; a lookup is a binary search over them with no allocation. Because a window starts
/// at the close before its release date, windows ordered by release time also have non-decreasing starts, so the first
/// window ending after an instant is the only one that can contain it.</remarks>
public sealed class EventBlackout
{
    private readonly BlackoutWindow[] windows;

    public EventBlackout(EconomicCalendar calendar, ITradingCalendar tradingCalendar, BlackoutPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(tradingCalendar);
        ArgumentNullException.ThrowIfNull(policy);
        var list = new List<BlackoutWindow>();
        foreach (var economicEvent in calendar.Events)
        {
            if (!policy.Blocks(economicEvent.Kind))
            {
                continue;
            }

            var priorSession = tradingCalendar.GetSession(tradingCalendar.PreviousTradingDay(economicEvent.Date))!;
            list.Add(new BlackoutWindow(economicEvent, priorSession.Close, economicEvent.ReleaseTime));
        }

        windows = [.. list];
    }

    public IReadOnlyList<BlackoutWindow> Windows => windows;

    /// <summary>The window containing <paramref name="now"/> (the earliest release when two overlap); false outside all windows.</summary>
    public bool TryGetWindow(Instant now, out BlackoutWindow window)
    {
        var low = 0;
        var high = windows.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (windows[middle].End <= now)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        if (low < windows.Length && windows[low].Start <= now)
        {
            window = windows[low];
            return true;
        }

        window = default;
        return false;
    }
}
