namespace VixShield.Live.Hosting;

/// <summary>The daemon's data directory (absolute), as resolved at start.</summary>
public sealed record DataDirectoryPath(string Path);
