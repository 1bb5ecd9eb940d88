namespace VixShield.Live.Configuration;

/// <summary>Where the daemon keeps its files (configuration section <c>Daemon</c>).</summary>
public sealed class DaemonOptions
{
    public const string SectionName = "Daemon";

    /// <summary>The longest <see cref="ShutdownTimeout"/> allowed.</summary>
    public static readonly TimeSpan MaximumShutdownTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Folder for the event log, logs and state, relative to the working directory unless absolute.
    /// <value>The default is "data".</value></summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>How long a graceful shutdown may take before the host gives up. <value>The default is 00:00:05.</value></summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(5);

    public IEnumerable<ConfigurationProblem> Validate()
    {
        if (string.IsNullOrWhiteSpace(DataDirectory))
        {
            yield return new ConfigurationProblem($"{SectionName}:DataDirectory", DataDirectory, "a folder path the daemon may write to");
        }

        if (ShutdownTimeout <= TimeSpan.Zero || ShutdownTimeout > MaximumShutdownTimeout)
        {
            yield return new ConfigurationProblem($"{SectionName}:ShutdownTimeout", ShutdownTimeout.ToString(), "a duration between 00:00:01 and 00:05:00");
        }
    }
}
