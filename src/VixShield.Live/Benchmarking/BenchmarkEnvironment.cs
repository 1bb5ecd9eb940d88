using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace VixShield.Live.Benchmarking;

/// <summary>The machine a report was measured on, so figures from different machines (or a busy one) are not compared blindly.</summary>
/// <param name="LoadAverage">The one-minute load average when the report was made (Linux), or null where unknown: on a
/// machine with more runnable threads than processors every timing figure is inflated.</param>
public sealed record BenchmarkEnvironment(
    int ProcessorCount, string Runtime, string OperatingSystem, bool ServerGarbageCollector, long TimestampFrequency, double? LoadAverage)
{
    private const string LoadAverageFile = "/proc/loadavg";

    public static BenchmarkEnvironment Current() => new(
        Environment.ProcessorCount,
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.OSDescription,
        GCSettings.IsServerGC,
        Stopwatch.Frequency,
        ReadLoadAverage());

    private static double? ReadLoadAverage()
    {
        try
        {
            var first = File.Exists(LoadAverageFile) ? File.ReadAllText(LoadAverageFile).Split(' ')[0] : null;
            return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
