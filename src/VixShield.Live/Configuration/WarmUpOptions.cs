using System.Globalization;
using VixShield.Live.Adapters.Replay.Parsing;

namespace VixShield.Live.Configuration;

/// <summary>Where a live run's indicators get their history before the first live bar (configuration section <c>Feed:WarmUp</c>).</summary>
public sealed class WarmUpOptions
{
    public const string SectionName = "Feed:WarmUp";

    /// <summary>The longest gap that can still be called recent: a year of sessions.</summary>
    public const int MaximumStaleAfterSessions = 252;

    public static readonly TimeSpan MaximumTwsHistoryTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Daily bar files, one per instrument (SPX, VIX, VIX9D, VIX3M, NYSE advancing/declining issues), in any
    /// format the replay feed reads. Empty: a <c>tws</c> run asks TWS for the history instead.</summary>
    public List<string> Files { get; set; } = [];

    /// <summary><c>stop</c> (a bad row, such as a quote dated on an NYSE holiday, is a fatal error naming file, line, field and
    /// value) or <c>skip</c> (skipped, counted and logged with the first one). <value>The default is "stop".</value></summary>
    public string BadRows { get; set; } = "stop";

    /// <summary>Sessions between a file's last day and the live session beyond which the history is reported as stale.
    /// <value>The default is 5.</value></summary>
    public int StaleAfterSessions { get; set; } = 5;

    /// <summary>How long start-up waits for TWS's daily history (connection and every request) before the indicators
    /// start cold. <value>The default is 00:01:00.</value></summary>
    public TimeSpan TwsHistoryTimeout { get; set; } = TimeSpan.FromMinutes(1);

    public BadRowPolicy BadRowPolicy => string.Equals(BadRows, "skip", StringComparison.OrdinalIgnoreCase) ? BadRowPolicy.Skip : BadRowPolicy.Stop;

    public IEnumerable<ConfigurationProblem> Validate()
    {
        if (!string.Equals(BadRows, "stop", StringComparison.OrdinalIgnoreCase) && !string.Equals(BadRows, "skip", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ConfigurationProblem($"{SectionName}:BadRows", BadRows, "one of: stop, skip");
        }

        for (var i = 0; i < Files.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Files[i]) || !File.Exists(Files[i]))
            {
                yield return new ConfigurationProblem($"{SectionName}:Files:{i}", Files[i], "an existing, readable file of daily bars (CBOE, Yahoo, investing.com, TradingView, FirstRate)");
            }
        }

        if (StaleAfterSessions is < 0 or > MaximumStaleAfterSessions)
        {
            yield return new ConfigurationProblem(
                $"{SectionName}:StaleAfterSessions", StaleAfterSessions.ToString(CultureInfo.InvariantCulture), $"a whole number of trading sessions from 0 to {MaximumStaleAfterSessions}");
        }

        if (TwsHistoryTimeout <= TimeSpan.Zero || TwsHistoryTimeout > MaximumTwsHistoryTimeout)
        {
            yield return new ConfigurationProblem($"{SectionName}:TwsHistoryTimeout", TwsHistoryTimeout.ToString(), "a duration between 00:00:01 and 00:10:00");
        }
    }
}
