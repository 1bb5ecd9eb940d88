using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace VixShield.Live.Rules.Blackouts;

/// <summary>Scheduled FOMC, CPI and PPI releases, read from a CSV file such as <c>config/economic-calendar.csv</c>.</summary>
/// <remarks>
/// <para>Format: a header <c>date,event,time_et,description</c>, then one release per line: an ISO date, <c>fomc</c>,
/// <c>cpi</c> or <c>ppi</c>, the New York wall-clock time as HH:mm, and optional free text (which may contain commas).
/// Blank lines and lines starting with <c>#</c> are ignored. Every bad row is reported, each with the file, line,
/// field, value and what is allowed; one kind of event twice on the same date is an error.</para>
/// <para>Times are New York local time and become instants in <c>America/New_York</c> (or the zone given), so daylight
/// saving is handled by the time zone database rather than by the file.</para>
/// </remarks>
public sealed class EconomicCalendar
{
    public const string Header = "date,event,time_et,description";

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    private readonly EconomicEvent[] events;

    private EconomicCalendar(EconomicEvent[] events, string source)
    {
        this.events = events;
        Source = source;
    }

    /// <summary>A calendar without events (no blackouts).</summary>
    public static EconomicCalendar Empty { get; } = new([], "(empty)");

    /// <summary>The file it was read from.</summary>
    public string Source { get; }

    /// <summary>All events, by release time (then kind).</summary>
    public IReadOnlyList<EconomicEvent> Events => events;

    /// <exception cref="EconomicCalendarException">The file is missing or has bad rows.</exception>
    public static EconomicCalendar Load(string path, DateTimeZone? zone = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new EconomicCalendarException($"The economic calendar file {path} does not exist (full path {Path.GetFullPath(path)}); set Alvh:EconomicCalendarFile to a CSV with the header '{Header}'.");
        }

        return Parse(File.ReadAllLines(path), path, zone);
    }

    /// <summary>Parses the lines of a calendar file; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="EconomicCalendarException">Any bad row; the message lists every one.</exception>
    public static EconomicCalendar Parse(IEnumerable<string> lines, string source, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(source);
        zone ??= DateTimeZoneProviders.Tzdb["America/New_York"];
        var problems = new List<string>();
        var parsed = new List<EconomicEvent>();
        var seen = new HashSet<(LocalDate, EconomicEventKind)>();
        var headerSeen = false;
        var lineNumber = 0;
        foreach (var rawLine in lines)
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (!headerSeen)
            {
                headerSeen = true;
                if (!line.StartsWith("date,event,time_et", StringComparison.Ordinal))
                {
                    problems.Add($"{source}:{lineNumber}: the header is '{line}'; expected '{Header}'");
                    break;
                }

                continue;
            }

            ParseRow(line, source, lineNumber, zone, problems, parsed, seen);
        }

        if (!headerSeen)
        {
            problems.Add($"{source}: no header line; expected '{Header}'");
        }

        if (problems.Count > 0)
        {
            throw new EconomicCalendarException(problems.Count == 1
                ? problems[0]
                : $"The economic calendar {source} has {problems.Count} bad rows:{Environment.NewLine} - " + string.Join(Environment.NewLine + " - ", problems));
        }

        var sorted = parsed.ToArray();
        Array.Sort(sorted, static (left, right) =>
        {
            var byTime = left.ReleaseTime.CompareTo(right.ReleaseTime);
            return byTime != 0 ? byTime : left.Kind.CompareTo(right.Kind);
        });
        return new EconomicCalendar(sorted, source);
    }

    /// <summary>The date of the last event of <paramref name="kind"/>, or null when there is none: the calendar says
    /// nothing about blackouts after it.</summary>
    public LocalDate? LastDate(EconomicEventKind kind)
    {
        for (var i = events.Length - 1; i >= 0; i--)
        {
            if (events[i].Kind == kind)
            {
                return events[i].Date;
            }
        }

        return null;
    }

    /// <summary>Parses <c>fomc</c>, <c>cpi</c> or <c>ppi</c> (lower case).</summary>
    public static bool TryParseKind(string text, out EconomicEventKind kind)
    {
        switch (text)
        {
            case "fomc":
                kind = EconomicEventKind.Fomc;
                return true;
            case "cpi":
                kind = EconomicEventKind.Cpi;
                return true;
            case "ppi":
                kind = EconomicEventKind.Ppi;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    private static void ParseRow(
        string line,
        string source,
        int lineNumber,
        DateTimeZone zone,
        List<string> problems,
        List<EconomicEvent> parsed,
        HashSet<(LocalDate, EconomicEventKind)> seen)
    {
        var fields = line.Split(',', 4);
        if (fields.Length < 3)
        {
            problems.Add($"{source}:{lineNumber}: '{line}' has {fields.Length} field(s); expected {Header}");
            return;
        }

        var dateText = fields[0].Trim();
        var kindText = fields[1].Trim();
        var timeText = fields[2].Trim();
        var ok = true;
        var date = DatePattern.Parse(dateText);
        if (!date.Success)
        {
            problems.Add($"{source}:{lineNumber}: date '{dateText}' is not a date; allowed: yyyy-MM-dd");
            ok = false;
        }

        if (!TryParseKind(kindText, out var kind))
        {
            problems.Add($"{source}:{lineNumber}: event '{kindText}' is not known; allowed: fomc, cpi, ppi");
            ok = false;
        }

        var time = TimePattern.Parse(timeText);
        if (!time.Success)
        {
            problems.Add($"{source}:{lineNumber}: time_et '{timeText}' is not a time; allowed: HH:mm (24-hour New York time, e.g. 08:30)");
            ok = false;
        }

        if (!ok)
        {
            return;
        }

        if (!seen.Add((date.Value, kind)))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{source}:{lineNumber}: {kindText} on {dateText} is listed twice; allowed: one row per event and date"));
            return;
        }

        var release = date.Value.At(time.Value).InZoneLeniently(zone).ToInstant();
        var description = fields.Length > 3 ? fields[3].Trim() : string.Empty;
        parsed.Add(new EconomicEvent(kind, date.Value, time.Value, release, description));
    }
}
