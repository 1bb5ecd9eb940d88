using System.Globalization;

namespace VixShield.Live.Tests.Reliability;

/// <summary>Reads a running daemon's peak resident set size from Linux's /proc, finding the process by the data
/// directory on its command line (each test gives its daemon its own).</summary>
internal static class ProcessMemory
{
    /// <summary>VmHWM (the peak resident set since the process started), in bytes; null when no live process has
    /// <paramref name="dataDirectory"/> on its command line.</summary>
    public static long? PeakResidentBytes(string dataDirectory)
    {
        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(process), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            try
            {
                var arguments = File.ReadAllText(Path.Combine(process, "cmdline")).Split('\0');
                var at = Array.IndexOf(arguments, "--data-dir");
                if (at < 0 || at + 1 >= arguments.Length || arguments[at + 1] != dataDirectory)
                {
                    continue;
                }

                var line = File.ReadLines(Path.Combine(process, "status")).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                return line is null ? null : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The process ended while being read: not the one we want any more.
            }
        }

        return null;
    }
}
