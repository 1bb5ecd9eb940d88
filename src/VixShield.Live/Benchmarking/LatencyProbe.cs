using System.Diagnostics;

namespace VixShield.Live.Benchmarking;

/// <summary>Stamps, for each event in [first, first + count), when the loop finished it and when its first alert entered
/// the alert channel (0 when it raised none).</summary>
internal sealed class LatencyProbe : LoopProbe
{
    private readonly long first;
    private long lastCompleted = -1;

    public LatencyProbe(long first, int count)
    {
        this.first = first;
        CompletedAt = new long[count];
        FirstAlertAt = new long[count];
    }

    public long[] CompletedAt { get; }

    public long[] FirstAlertAt { get; }

    /// <summary>The last event the loop finished; read by the producer to know the warm-up is drained.</summary>
    public long LastCompleted => Volatile.Read(ref lastCompleted);

    public override void OnEventCompleted(long index)
    {
        var offset = index - first;
        if (offset >= 0 && offset < CompletedAt.Length)
        {
            CompletedAt[offset] = Stopwatch.GetTimestamp();
        }

        Volatile.Write(ref lastCompleted, index);
    }

    public override void OnAlertWritten(long index)
    {
        var offset = index - first;
        if (offset >= 0 && offset < FirstAlertAt.Length && FirstAlertAt[offset] == 0)
        {
            FirstAlertAt[offset] = Stopwatch.GetTimestamp();
        }
    }
}
