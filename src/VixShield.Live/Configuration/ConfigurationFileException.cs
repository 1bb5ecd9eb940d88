namespace VixShield.Live.Configuration;

/// <summary>The configuration file is missing or is not valid JSON.</summary>
public sealed class ConfigurationFileException(string message) : Exception(message);
