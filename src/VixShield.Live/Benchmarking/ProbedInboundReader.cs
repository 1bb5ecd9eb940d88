using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;
using VixShield.Live.Abstractions.Pipeline;

namespace VixShield.Live.Benchmarking;

/// <summary>The inbound channel as the decision loop sees it, reporting to a <see cref="LoopProbe"/> when the loop comes
/// back for the next event (which is when it has finished the previous one).</summary>
/// <remarks>The loop reads with <c>TryRead</c> until it fails, then waits with <c>WaitToReadAsync</c>; its first
/// <c>TryRead</c> after an event is therefore the moment that event is done. Everything else passes through.</remarks>
internal sealed class ProbedInboundReader : ChannelReader<InboundEvent>
{
    private readonly ChannelReader<InboundEvent> inner;
    private readonly LoopProbe probe;
    private long handedOut;
    private long completed;

    public ProbedInboundReader(ChannelReader<InboundEvent> inner, LoopProbe probe)
    {
        this.inner = inner ?? throw new ArgumentNullException(nameof(inner));
        this.probe = probe ?? throw new ArgumentNullException(nameof(probe));
    }

    /// <summary>Index of the event the loop is working on (the last one handed out); -1 before the first.</summary>
    public long CurrentIndex => handedOut - 1;

    public override Task Completion => inner.Completion;

    public override bool CanCount => inner.CanCount;

    public override int Count => inner.Count;

    public override bool CanPeek => inner.CanPeek;

    public override bool TryRead([MaybeNullWhen(false)] out InboundEvent item)
    {
        if (handedOut > completed)
        {
            completed = handedOut;
            probe.OnEventCompleted(handedOut - 1);
        }

        if (!inner.TryRead(out item))
        {
            return false;
        }

        handedOut++;
        return true;
    }

    public override bool TryPeek([MaybeNullWhen(false)] out InboundEvent item) => inner.TryPeek(out item);

    public override ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken = default) => inner.WaitToReadAsync(cancellationToken);
}
