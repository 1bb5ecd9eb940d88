using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;
using VixShield.Live.Abstractions.Pipeline;

namespace VixShield.Live.Benchmarking;

/// <summary>A completed channel holding a slice of a recorded tape: the loop reads it as fast as it can, on the calling
/// thread, with no producer and no channel synchronisation in the way (one core, the loop alone).</summary>
internal sealed class TapeReader : ChannelReader<InboundEvent>
{
    private readonly InboundEvent[] events;
    private readonly int end;
    private int next;

    public TapeReader(InboundEvent[] events, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(to, events.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, to);
        this.events = events;
        next = from;
        end = to;
    }

    public override bool CanCount => true;

    public override int Count => end - next;

    public override bool TryRead([MaybeNullWhen(false)] out InboundEvent item)
    {
        if (next >= end)
        {
            item = default;
            return false;
        }

        item = events[next++];
        return true;
    }

    public override ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken = default) => new(next < end);
}
