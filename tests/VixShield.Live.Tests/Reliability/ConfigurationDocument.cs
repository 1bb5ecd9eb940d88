using System.Text.Json.Nodes;
using VixShield.Live.Testing;

namespace VixShield.Live.Tests.Reliability;

/// <summary>A configuration file built from flat <c>Section:Key</c> entries, with every remote destination switched on
/// so that their settings are validated too.</summary>
internal sealed class ConfigurationDocument
{
    private readonly Dictionary<string, JsonNode?> entries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Alerts:Webhook:Url"] = "http://127.0.0.1:9/hook/",
        ["Alerts:Email:Host"] = "127.0.0.1",
        ["Alerts:Email:From"] = "vixshield@example.com",
        ["Alerts:Email:To:0"] = "ops@example.com",
        ["Alvh:RulesetFolder"] = RepositoryPaths.Path("config", "rulesets"),
        ["Alvh:EconomicCalendarFile"] = RepositoryPaths.Path("config", "economic-calendar.csv"),
    };

    /// <summary>Sets <paramref name="path"/> (replacing anything below it) to a text value, a JSON object or array, or null.</summary>
    public ConfigurationDocument With(string path, JsonNode? value)
    {
        Without(path);
        entries[path] = value;
        return this;
    }

    /// <summary>Removes <paramref name="path"/> and everything below it, so the built-in default applies.</summary>
    public ConfigurationDocument Without(string path)
    {
        foreach (var key in entries.Keys.Where(key => key.Equals(path, StringComparison.OrdinalIgnoreCase)
            || key.StartsWith(path + ":", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            entries.Remove(key);
        }

        return this;
    }

    /// <summary>Writes the document as a JSON file in <paramref name="directory"/> and returns its path.</summary>
    public string WriteTo(string directory)
    {
        var root = new JsonObject();
        foreach (var (path, value) in entries)
        {
            var parts = path.Split(':');
            var node = root;
            foreach (var part in parts[..^1])
            {
                if (node[part] is not JsonObject child)
                {
                    child = new JsonObject();
                    node[part] = child;
                }

                node = child;
            }

            node[parts[^1]] = value?.DeepClone();
        }

        var file = Path.Combine(directory, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, root.ToJsonString());
        return file;
    }
}
