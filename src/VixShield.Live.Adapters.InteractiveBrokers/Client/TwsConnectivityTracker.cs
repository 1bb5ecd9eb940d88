using VixShield.Live.Adapters.InteractiveBrokers.Events;

namespace VixShield.Live.Adapters.InteractiveBrokers.Client;

/// <summary>Turns the stream of connection notices into state changes, so the operator sees each change once.</summary>
/// <remarks>
/// TWS repeats farm notices (2104 for every farm at every connect, again after each reconnect) and may send 1100 and
/// 2110 for the same outage. Notices are grouped by what they describe: IB connectivity, each market-data,
/// historical and sec-def farm by name (the text after the last ':', or after "on demand." in 2107/2108), the competing session, and per-request delayed
/// data. <see cref="Observe"/> says whether a notice moves its group to a new state. Not thread-safe: call it from the
/// single consumer of <c>TwsClient.Events</c>.
/// </remarks>
public sealed class TwsConnectivityTracker
{
    private readonly Dictionary<string, TwsConnectionNotice> states = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="message"/> changes the state of its group (report it); false for a repeat or a non-connection code.</summary>
    public bool Observe(ErrorMessageReceived message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var notice = message.Notice;
        if (notice == TwsConnectionNotice.None)
        {
            return false;
        }

        var state = notice == TwsConnectionNotice.ServerConnectivityBroken ? TwsConnectionNotice.ConnectivityLost : notice;
        var key = GroupKey(notice, message);
        if (states.TryGetValue(key, out var previous) && previous == state)
        {
            return false;
        }

        states[key] = state;
        return true;
    }

    /// <summary>Forgets every state, for a new session where TWS repeats its start-up notices.</summary>
    public void Reset() => states.Clear();

    private static string GroupKey(TwsConnectionNotice notice, ErrorMessageReceived message) => notice switch
    {
        TwsConnectionNotice.ConnectivityLost or TwsConnectionNotice.ServerConnectivityBroken
            or TwsConnectionNotice.ConnectivityRestoredDataLost or TwsConnectionNotice.ConnectivityRestoredDataMaintained
            => "ib",
        TwsConnectionNotice.MarketDataFarmBroken or TwsConnectionNotice.MarketDataFarmConnected
            or TwsConnectionNotice.MarketDataFarmInactive => "market-data:" + FarmName(message.Message),
        TwsConnectionNotice.HistoricalDataFarmBroken or TwsConnectionNotice.HistoricalDataFarmConnected
            or TwsConnectionNotice.HistoricalDataFarmInactive => "historical:" + FarmName(message.Message),
        TwsConnectionNotice.SecurityDefinitionFarmBroken or TwsConnectionNotice.SecurityDefinitionFarmConnected
            => "security-definition:" + FarmName(message.Message),
        TwsConnectionNotice.DelayedDataInstead or TwsConnectionNotice.OutsideRegularHoursIgnored
            => notice + ":" + message.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => notice.ToString(),
    };

    private static string FarmName(string text)
    {
        const string InactiveSuffixMarker = "demand.";
        var colon = text.LastIndexOf(':');
        if (colon >= 0)
        {
            return text[(colon + 1)..].Trim();
        }

        var marker = text.LastIndexOf(InactiveSuffixMarker, StringComparison.Ordinal);
        return marker >= 0 ? text[(marker + InactiveSuffixMarker.Length)..].Trim() : string.Empty;
    }
}
