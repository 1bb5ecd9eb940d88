using Microsoft.Extensions.Configuration;

namespace VixShield.Live.Configuration;

/// <summary>Builds the layered configuration: file, then <c>VIXSHIELD__</c> environment variables, then command-line options.</summary>
public static class ConfigurationLoader
{
    public const string EnvironmentPrefix = "VIXSHIELD__";

    /// <summary>The default file: <c>config/appsettings.json</c> in the working directory, else beside the executable.</summary>
    public static string? DefaultConfigPath()
    {
        var local = Path.GetFullPath(Path.Combine("config", "appsettings.json"));
        if (File.Exists(local))
        {
            return local;
        }

        var installed = Path.Combine(AppContext.BaseDirectory, "config", "appsettings.json");
        return File.Exists(installed) ? installed : null;
    }

    /// <summary>Builds the configuration, or explains why the file could not be read.</summary>
    /// <param name="configPath">An explicit file (must exist), or null for <see cref="DefaultConfigPath"/> (may be absent: built-in defaults apply).</param>
    public static IConfiguration Build(string? configPath, IReadOnlyDictionary<string, string?> overrides, out string? resolvedPath)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        if (configPath is not null && !File.Exists(configPath))
        {
            throw new ConfigurationFileException($"configuration file '{configPath}' does not exist (--config expects a readable JSON file)");
        }

        resolvedPath = configPath is null ? DefaultConfigPath() : Path.GetFullPath(configPath);
        var builder = new ConfigurationBuilder();
        if (resolvedPath is not null)
        {
            builder.AddJsonFile(resolvedPath, optional: false, reloadOnChange: false);
        }

        builder.AddEnvironmentVariables(EnvironmentPrefix);
        builder.AddInMemoryCollection(overrides);
        try
        {
            return builder.Build();
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or IOException)
        {
            throw new ConfigurationFileException($"configuration file '{resolvedPath}' could not be read: {ex.Message}");
        }
    }
}
