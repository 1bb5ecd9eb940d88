using System.Globalization;
using NodaTime;
using NodaTime.Text;
using VixShield.Live.Domain.Calendar;

namespace VixShield.Live.Configuration;

/// <summary>Which market-data feed runs and how fast (configuration section <c>Feed</c>).</summary>
public sealed class FeedOptions
{
    public const string SectionName = "Feed";
    public const string Simulated = "sim";
    public const string Replay = "replay";
    public const string InteractiveBrokers = "tws";

    /// <summary>The slowest pace: a session of market time then waits days, not the weeks a timer cannot span.</summary>
    public const double MinimumSpeed = 0.1;

    /// <summary>Default first trading day of a simulated run, so a run without options is reproducible.</summary>
    public static readonly LocalDate DefaultStart = new(2026, 3, 2);

    /// <summary>The dates a run may start on: market history starts after the first, and a run's end must stay far
    /// inside the calendar's last year.</summary>
    private static readonly LocalDate EarliestStart = new(1900, 1, 1);

    private static readonly LocalDate LatestStart = new(2199, 12, 31);

    /// <summary>About a hundred years in each unit, so that a start plus a duration stays inside the calendar.</summary>
    private static readonly Dictionary<MarketDurationUnit, int> LongestDuration = new()
    {
        [MarketDurationUnit.Minutes] = 52_596_000,
        [MarketDurationUnit.Hours] = 876_600,
        [MarketDurationUnit.TradingDays] = 25_200,
    };

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    /// <summary><c>sim</c> (built-in simulated market), <c>replay</c> (CSV files) or <c>tws</c> (Interactive Brokers TWS/Gateway). <value>The default is "sim".</value></summary>
    public string Kind { get; set; } = Simulated;

    /// <summary><c>max</c> (as fast as possible) or market seconds per real second (1 = real time, 60 = one market minute per
    /// second). <value>The default is "1".</value></summary>
    public string Speed { get; set; } = "1";

    /// <summary>First trading day (yyyy-MM-dd). For sim the default is 2026-03-02; for replay the files' first day.</summary>
    public string? Start { get; set; }

    /// <summary>How much market time to run: 90m, 6h, 1d, 60d (d = trading days). Empty = until stopped or end of data.</summary>
    public string? Duration { get; set; }

    /// <summary>CSV files for the replay feed (tick format or CBOE/Yahoo/investing.com/TradingView/FirstRate bars).</summary>
    public List<string> ReplayFiles { get; set; } = [];

    /// <summary><c>stop</c> (a bad row is a fatal error) or <c>skip</c> (skip it, count it, log it). <value>The default is "stop".</value></summary>
    public string BadRows { get; set; } = "stop";

    /// <summary>History for a live run's indicators (section <c>Feed:WarmUp</c>, bound on its own).</summary>
    public WarmUpOptions WarmUp { get; } = new();

    public IEnumerable<ConfigurationProblem> Validate()
    {
        if (Kind is not (Simulated or Replay or InteractiveBrokers))
        {
            yield return new ConfigurationProblem($"{SectionName}:Kind", Kind, "one of: sim, replay, tws");
        }

        if (!TryParseSpeed(Speed, out _))
        {
            yield return new ConfigurationProblem(
                $"{SectionName}:Speed", Speed, $"'max' or a positive number of market seconds per real second of at least {MinimumSpeed.ToString(CultureInfo.InvariantCulture)}, such as 1 or 60");
        }

        if (!string.IsNullOrWhiteSpace(Start) && !(DatePattern.Parse(Start) is { Success: true } date && date.Value >= EarliestStart && date.Value <= LatestStart))
        {
            yield return new ConfigurationProblem(
                $"{SectionName}:Start", Start, $"a date written yyyy-MM-dd from {DatePattern.Format(EarliestStart)} to {DatePattern.Format(LatestStart)}, such as 2026-03-02");
        }

        if (!string.IsNullOrWhiteSpace(Duration) && !(MarketDuration.TryParse(Duration, out var duration, out _) && duration.Amount <= LongestDuration[duration.Unit]))
        {
            var longest = string.Join(", ", LongestDuration.Select(pair => new MarketDuration(pair.Value, pair.Key).ToString()));
            yield return new ConfigurationProblem($"{SectionName}:Duration", Duration, $"{MarketDuration.AllowedForms}; at most {longest} (about a hundred years)");
        }

        if (Kind == Replay && ReplayFiles.Count == 0)
        {
            yield return new ConfigurationProblem($"{SectionName}:ReplayFiles", null, "the replay feed needs at least one file (--replay FILE)");
        }

        if (Kind == Replay && !string.IsNullOrWhiteSpace(Duration) && string.IsNullOrWhiteSpace(Start))
        {
            yield return new ConfigurationProblem($"{SectionName}:Duration", Duration, "a replay --duration counts from --start; give Feed:Start (yyyy-MM-dd) too");
        }

        for (var i = 0; i < ReplayFiles.Count; i++)
        {
            if (!File.Exists(ReplayFiles[i]))
            {
                yield return new ConfigurationProblem($"{SectionName}:ReplayFiles:{i}", ReplayFiles[i], "an existing, readable CSV file");
            }
        }

        if (!string.Equals(BadRows, "stop", StringComparison.OrdinalIgnoreCase) && !string.Equals(BadRows, "skip", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ConfigurationProblem($"{SectionName}:BadRows", BadRows, "one of: stop, skip");
        }
    }

    /// <summary>Null means as fast as possible.</summary>
    public double? SpeedFactor => TryParseSpeed(Speed, out var speed) ? speed : throw new InvalidOperationException($"invalid Feed:Speed '{Speed}'");

    public LocalDate? StartDate => string.IsNullOrWhiteSpace(Start) ? null : DatePattern.Parse(Start).Value;

    public MarketDuration? RunDuration => string.IsNullOrWhiteSpace(Duration)
        ? null
        : MarketDuration.TryParse(Duration, out var duration, out var error) ? duration : throw new InvalidOperationException(error);

    public static bool TryParseSpeed(string? text, out double? speed)
    {
        speed = null;
        if (string.Equals(text?.Trim(), "max", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= MinimumSpeed)
        {
            speed = value;
            return true;
        }

        return false;
    }
}
