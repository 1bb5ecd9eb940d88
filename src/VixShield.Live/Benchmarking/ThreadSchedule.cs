using System.Globalization;

namespace VixShield.Live.Benchmarking;

/// <summary>How long the calling thread has run on a processor and how long it has waited for one, from Linux's
/// <c>/proc/thread-self/schedstat</c> (nanoseconds); null elsewhere.</summary>
/// <remarks>On a machine shared with other work the wall-clock figures include the time the loop's thread sat runnable
/// without a processor; the run time is the loop's own cost and the wait shows how busy the machine was.</remarks>
/// <param name="RunNanoseconds">Time spent running on a processor.</param>
/// <param name="WaitNanoseconds">Time spent runnable, waiting for a processor.</param>
internal readonly record struct ThreadSchedule(long RunNanoseconds, long WaitNanoseconds)
{
    private const string StatisticsFile = "/proc/thread-self/schedstat";

    public static ThreadSchedule? Read()
    {
        try
        {
            if (!File.Exists(StatisticsFile))
            {
                return null;
            }

            var fields = File.ReadAllText(StatisticsFile).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return fields.Length >= 2
                && long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var run)
                && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var wait)
                ? new ThreadSchedule(run, wait)
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
