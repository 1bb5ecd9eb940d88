using System.Threading.Channels;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Benchmarking;

/// <summary>The alert channel as the decision loop writes it, telling a <see cref="LoopProbe"/> which event each alert
/// came from the moment the alert is in the channel.</summary>
internal sealed class ProbedAlertWriter : ChannelWriter<Alert>
{
    private readonly ChannelWriter<Alert> inner;
    private readonly ProbedInboundReader source;
    private readonly LoopProbe probe;

    public ProbedAlertWriter(ChannelWriter<Alert> inner, ProbedInboundReader source, LoopProbe probe)
    {
        this.inner = inner ?? throw new ArgumentNullException(nameof(inner));
        this.source = source ?? throw new ArgumentNullException(nameof(source));
        this.probe = probe ?? throw new ArgumentNullException(nameof(probe));
    }

    public override bool TryWrite(Alert item)
    {
        if (!inner.TryWrite(item))
        {
            return false;
        }

        probe.OnAlertWritten(source.CurrentIndex);
        return true;
    }

    public override ValueTask<bool> WaitToWriteAsync(CancellationToken cancellationToken = default) => inner.WaitToWriteAsync(cancellationToken);

    public override bool TryComplete(Exception? error = null) => inner.TryComplete(error);
}
