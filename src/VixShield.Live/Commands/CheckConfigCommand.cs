using System.CommandLine;
using VixShield.Live.Configuration;

namespace VixShield.Live.Commands;

/// <summary><c>vixshield check-config</c>: validates the configuration and prints every problem found.</summary>
internal static class CheckConfigCommand
{
    public static Command Create()
    {
        var config = ConfigOption.Create();
        var command = new Command("check-config", "Validate the configuration and print every problem found (exit 0 when valid, 2 otherwise).") { config };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                var configuration = ConfigurationLoader.Build(parseResult.GetValue(config), new Dictionary<string, string?>(), out var path);
                var loaded = DaemonConfiguration.Load(configuration, path);
                output.WriteLine($"configuration: {path ?? "(built-in defaults)"}");
                if (loaded.Problems.Count == 0)
                {
                    output.WriteLine("OK: no problems found");
                    return 0;
                }

                error.WriteLine($"{loaded.Problems.Count} problem(s):");
                foreach (var problem in loaded.Problems)
                {
                    error.WriteLine("  - " + problem);
                }

                return 2;
            }
            catch (ConfigurationFileException ex)
            {
                error.WriteLine("error: " + ex.Message);
                return 2;
            }
        });
        return command;
    }
}
