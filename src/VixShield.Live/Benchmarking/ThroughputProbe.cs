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

    private long startBytes;
    private int startThread;

    public override void OnEventCompleted(long index)
    {
        if (index == First - 1)
        {
            startThread = Environment.CurrentManagedThreadId;
            startBytes = GC.GetAllocatedBytesForCurrentThread();
            StartTimestamp = Stopwatch.GetTimestamp();
        }
        else if (index == End - 1)
        {
            StopTimestamp = Stopwatch.GetTimestamp();
            AllocatedBytes = GC.GetAllocatedBytesForCurrentThread() - startBytes;
            SameThread = Environment.CurrentManagedThreadId == startThread;
        }
    }
}
