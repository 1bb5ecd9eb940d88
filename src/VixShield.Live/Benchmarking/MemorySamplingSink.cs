using VixShield.Live.Abstractions.Alerts;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Benchmarking;

/// <summary>An alert sink that samples the process's memory as market time passes: the resident set at every SPX
/// one-minute bar, and the live managed heap (after a full collection) at every session close.</summary>
/// <remarks>Sampling on the alert pump's thread and on market events makes the sample points the same from run to run
/// whatever the machine's speed.</remarks>
internal sealed class MemorySamplingSink : IAlertSink
{
    private readonly List<MemorySample> samples = [];
    private int sessionsClosed;

    public string Name => "memory-sampler";

    public IReadOnlyList<MemorySample> Samples => samples;

    public Task DeliverAsync(IReadOnlyList<Alert> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var alert in batch)
        {
            if (alert.Type == "session.close")
            {
                sessionsClosed++;
                var heap = GC.GetTotalMemory(forceFullCollection: true);
                samples.Add(new MemorySample(sessionsClosed, Environment.WorkingSet, heap));
            }
            else if (alert.Type == "bar.closed" && alert.Instrument == "SPX")
            {
                samples.Add(new MemorySample(sessionsClosed, Environment.WorkingSet, null));
            }
        }

        return Task.CompletedTask;
    }

    public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
