using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Configuration;

/// <summary>Where alerts go (configuration section <c>Alerts</c>).</summary>
public sealed class AlertOptions
{
    public const string SectionName = "Alerts";

    /// <summary>Print one line per alert on standard output. <value>The default is true.</value></summary>
    public bool ConsoleEnabled { get; set; } = true;

    /// <summary>Quietest alert printed on the console: Debug, Info, Warning or Critical. <value>The default is Info.</value></summary>
    public AlertSeverity ConsoleMinimumSeverity { get; set; } = AlertSeverity.Info;

    /// <summary>Append every alert as a JSON line to <see cref="JsonlFile"/>. <value>The default is true.</value></summary>
    public bool JsonlEnabled { get; set; } = true;

    /// <summary>The JSON-lines event log, relative to the data directory unless absolute. <value>The default is "events.jsonl".</value></summary>
    public string JsonlFile { get; set; } = "events.jsonl";

    /// <summary>Quietest alert written to the JSON-lines file. <value>The default is Debug (everything).</value></summary>
    public AlertSeverity JsonlMinimumSeverity { get; set; } = AlertSeverity.Debug;

    public IEnumerable<ConfigurationProblem> Validate()
    {
        if (!Enum.IsDefined(ConsoleMinimumSeverity))
        {
            yield return new ConfigurationProblem($"{SectionName}:ConsoleMinimumSeverity", ConsoleMinimumSeverity.ToString(), "one of: Debug, Info, Warning, Critical");
        }

        if (!Enum.IsDefined(JsonlMinimumSeverity))
        {
            yield return new ConfigurationProblem($"{SectionName}:JsonlMinimumSeverity", JsonlMinimumSeverity.ToString(), "one of: Debug, Info, Warning, Critical");
        }

        if (JsonlEnabled && string.IsNullOrWhiteSpace(JsonlFile))
        {
            yield return new ConfigurationProblem($"{SectionName}:JsonlFile", JsonlFile, "a file name or path for the JSON-lines event log");
        }
    }
}
