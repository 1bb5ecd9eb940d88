using System.Text.Json;

namespace VixShield.Live.Benchmarking;

/// <summary>What the start-up probe process reports on its one line of output, timed from its command's start.</summary>
/// <param name="LoadMilliseconds">Reading and parsing the history files.</param>
/// <param name="WarmUpMilliseconds">Building the loop and feeding it the history (<c>DecisionLoop.WarmUp</c>).</param>
/// <param name="DecisionMilliseconds">From writing the first live quote to its decision being in the alert channel.</param>
/// <param name="TotalMilliseconds">From the command's start to the decision.</param>
/// <param name="HistoryBars">Bars fed to the indicators.</param>
/// <param name="IndicatorsReady">Indicators ready after the warm-up, of <paramref name="Indicators"/>.</param>
/// <param name="Decision">Type of the first decision alert and its market time.</param>
internal sealed record StartupReport(
    double LoadMilliseconds,
    double WarmUpMilliseconds,
    double DecisionMilliseconds,
    double TotalMilliseconds,
    int HistoryBars,
    int IndicatorsReady,
    int Indicators,
    string Decision)
{
    /// <summary>Starts the probe's output line, so the parent finds it among any other output.</summary>
    public const string LinePrefix = "first-decision ";

    public string ToLine() => LinePrefix + JsonSerializer.Serialize(this);

    public static bool TryParse(string? line, out StartupReport? report)
    {
        report = null;
        if (line is null || !line.StartsWith(LinePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            report = JsonSerializer.Deserialize<StartupReport>(line[LinePrefix.Length..]);
            return report is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
