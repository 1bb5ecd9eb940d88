using Microsoft.Extensions.Configuration;
using Serilog.Events;

namespace VixShield.Live.Configuration;

/// <summary>Checks the log levels of the <c>Serilog</c> section, which the daemon's logger reads at start
/// (Serilog.Settings.Configuration): a bad level there would otherwise stop <c>run</c> with an unhandled exception.</summary>
/// <remarks>Only the levels are checked, the part the shipped file sets: sinks and enrichers named in the section are
/// Serilog's to load, and a failure there is reported by <c>run</c> when it builds the logger.</remarks>
internal static class SerilogSettings
{
    public const string SectionName = "Serilog";

    private const string MinimumLevel = "MinimumLevel";
    private const string LevelSwitches = "LevelSwitches";

    private static readonly string[] MinimumLevelKeys = ["Default", "Override", "ControlledBy"];

    private static readonly string Levels = "one of: " + string.Join(", ", Enum.GetNames<LogEventLevel>());

    public static IEnumerable<ConfigurationProblem> Validate(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var switches = section.GetSection(LevelSwitches).GetChildren().ToList();
        foreach (var declared in switches.Where(s => !string.IsNullOrEmpty(s.Value) && !IsLevel(s.Value)))
        {
            yield return new ConfigurationProblem(declared.Path, declared.Value, Levels + ", or empty for Information");
        }

        var minimum = section.GetSection(MinimumLevel);
        if (minimum.Value is not null)
        {
            if (!IsLevel(minimum.Value))
            {
                yield return new ConfigurationProblem(minimum.Path, minimum.Value, Levels + ", or an object with the keys " + string.Join(", ", MinimumLevelKeys));
            }

            yield break;
        }

        foreach (var child in minimum.GetChildren())
        {
            switch (MinimumLevelKeys.FirstOrDefault(key => string.Equals(key, child.Key, StringComparison.OrdinalIgnoreCase)))
            {
                case "Default" when child.Value is null || !IsLevel(child.Value):
                    yield return new ConfigurationProblem(child.Path, child.Value ?? "(section)", Levels);
                    break;
                case "ControlledBy" when !IsSwitch(child.Value, switches):
                    yield return new ConfigurationProblem(child.Path, child.Value ?? "(section)", SwitchesAllowed(switches));
                    break;
                case "Override":
                    foreach (var entry in child.GetChildren().Where(e => e.Value is null || !(IsLevel(e.Value) || IsSwitch(e.Value, switches))))
                    {
                        yield return new ConfigurationProblem(entry.Path, entry.Value ?? "(section)", Levels + " (the quietest level logged for that source)");
                    }

                    break;
                case null:
                    yield return UnknownKey.Problem(child, MinimumLevelKeys, "key");
                    break;
            }
        }
    }

    /// <summary>A level by name, in any case, as Serilog reads it; a number would be accepted by Serilog but names no level.</summary>
    private static bool IsLevel(string text) =>
        text.Length > 0 && char.IsAsciiLetter(text[0]) && Enum.TryParse<LogEventLevel>(text, ignoreCase: true, out var level) && Enum.IsDefined(level);

    private static bool IsSwitch(string? name, List<IConfigurationSection> switches) =>
        name is not null && switches.Exists(s => string.Equals(s.Key, name, StringComparison.Ordinal) || string.Equals(s.Key, "$" + name, StringComparison.Ordinal));

    private static string SwitchesAllowed(List<IConfigurationSection> switches) =>
        switches.Count == 0
            ? $"the name of a level switch declared in {SectionName}:{LevelSwitches} (none is declared)"
            : $"the name of a level switch declared in {SectionName}:{LevelSwitches}: " + string.Join(", ", switches.Select(s => s.Key));
}
