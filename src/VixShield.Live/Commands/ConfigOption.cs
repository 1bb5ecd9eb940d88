using System.CommandLine;

namespace VixShield.Live.Commands;

/// <summary>The <c>--config FILE</c> option shared by the commands that read configuration.</summary>
internal static class ConfigOption
{
    public static Option<string?> Create() => new("--config")
    {
        Description = "Configuration file (JSON). Default: config/appsettings.json in the working directory, else beside the executable, else built-in defaults.",
    };
}
