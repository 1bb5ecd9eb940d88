using VixShield.Live.Abstractions.Pipeline;

namespace VixShield.Live.Benchmarking;

/// <summary>Attributes the bytes the loop's thread allocates to each event in [first, end), and sorts them by whether the
/// event was a quote that raised no alert (the steady-state quote path, which must allocate nothing) or raised alerts
/// (a decision, which carries text by design).</summary>
internal sealed class AllocationProbe(InboundEvent[] events, long first, long end) : LoopProbe
{
    private long lastBytes;
    private bool raised;
    private bool started;

    /// <summary>Quotes that raised no alert, and the bytes allocated while the loop handled them.</summary>
    public long SilentQuotes { get; private set; }

    public long SilentQuoteBytes { get; private set; }

    /// <summary>How many silent quotes allocated anything, and the first of them (for a diagnosis).</summary>
    public long AllocatingSilentQuotes { get; private set; }

    public long FirstAllocatingSilentQuote { get; private set; } = -1;

    public long LargestSilentQuoteBytes { get; private set; }

    /// <summary>Events that raised at least one alert, and their bytes (alerts included).</summary>
    public long AlertingEvents { get; private set; }

    public long AlertingEventBytes { get; private set; }

    /// <summary>Every event in the range (quotes, heartbeats, feed status) and every byte.</summary>
    public long Events { get; private set; }

    public long TotalBytes { get; private set; }

    public long Quotes { get; private set; }

    public override void OnEventCompleted(long index)
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        if (index >= first && index < end && started)
        {
            Attribute(index, bytes - lastBytes);
        }

        started = index >= first - 1;
        raised = false;

        // Read again so the bookkeeping above is not charged to the next event.
        lastBytes = GC.GetAllocatedBytesForCurrentThread();
    }

    public override void OnAlertWritten(long index) => raised = true;

    private void Attribute(long index, long bytes)
    {
        Events++;
        TotalBytes += bytes;
        var isQuote = events[index].Kind == InboundEventKind.Quote;
        if (isQuote)
        {
            Quotes++;
        }

        if (raised)
        {
            AlertingEvents++;
            AlertingEventBytes += bytes;
            return;
        }

        if (!isQuote)
        {
            return;
        }

        SilentQuotes++;
        SilentQuoteBytes += bytes;
        if (bytes > 0)
        {
            AllocatingSilentQuotes++;
            LargestSilentQuoteBytes = Math.Max(LargestSilentQuoteBytes, bytes);
            if (FirstAllocatingSilentQuote < 0)
            {
                FirstAllocatingSilentQuote = index;
            }
        }
    }
}
