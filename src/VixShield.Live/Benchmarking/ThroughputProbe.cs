using System.Diagnostics;

namespace VixShield.Live.Benchmarking;

/// <summary>Times the events [<see cref="First"/>, <see cref="End"/>) and counts the bytes the loop's thread allocates
/// meanwhile; the two readings sit exactly at the boundaries of that range.</summary>
internal sealed class ThroughputProbe(long first, long end) : LoopProbe
{
    public long First { get; } = first;

    public long End { get; } = end;

    public long StartTimestamp { get; private set; }

    public long StopTimestamp { get; private set; }

    public long AllocatedBytes { get; private set; }

    /// <summary>False when the range started on one thread and ended on another, so the allocation count is not the loop's alone.</summary>
    public bool SameThread { get; private set; }

    public bool Complete => StopTimestamp != 0;

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(StartTimestamp, StopTimestamp);

    /// <summary>How long the loop's thread ran on a processor and waited for one over the range; null where the system
    /// does not say (not Linux) or when the range did not start and end on one thread.</summary>
    public ThreadSchedule? Schedule { get; private set; }

    private long startBytes;
    private int startThread;
    private ThreadSchedule? startSchedule;

    public override void OnEventCompleted(long index)
    {
        if (index == First - 1)
        {
            startThread = Environment.CurrentManagedThreadId;

            // Read before the allocation count starts: reading the file allocates.
            startSchedule = ThreadSchedule.Read();
            startBytes = GC.GetAllocatedBytesForCurrentThread();
            StartTimestamp = Stopwatch.GetTimestamp();
        }
        else if (index == End - 1)
        {
            StopTimestamp = Stopwatch.GetTimestamp();
            AllocatedBytes = GC.GetAllocatedBytesForCurrentThread() - startBytes;
            SameThread = Environment.CurrentManagedThreadId == startThread;
            if (SameThread && startSchedule is { } started && ThreadSchedule.Read() is { } stopped)
            {
                Schedule = new ThreadSchedule(stopped.RunNanoseconds - started.RunNanoseconds, stopped.WaitNanoseconds - started.WaitNanoseconds);
            }
        }
    }
}
