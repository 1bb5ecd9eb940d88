using VixShield.Live.Abstractions.Alerts;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Notifications.Memory;

/// <summary>Keeps the latest alerts and the SPX/VIX one-minute closes in memory for the operator's dashboard.</summary>
/// <remarks>Bounded rings: memory stays flat however long the daemon runs. Readers get copies.</remarks>
public sealed class RecentAlertsSink(int alertCapacity = 300, int barCapacity = 400) : IAlertSink
{
    private readonly object gate = new();
    private readonly Queue<Alert> alerts = new(alertCapacity);
    private readonly Queue<Alert> spxBars = new(barCapacity);
    private readonly Queue<Alert> vixBars = new(barCapacity);

    public string Name => "recent";

    public Task DeliverAsync(IReadOnlyList<Alert> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        lock (gate)
        {
            foreach (var alert in batch)
            {
                if (alert.Type == "bar.closed")
                {
                    if (IsOneMinute(alert))
                    {
                        if (alert.Instrument == "SPX")
                        {
                            Add(spxBars, alert, barCapacity);
                        }
                        else if (alert.Instrument == "VIX")
                        {
                            Add(vixBars, alert, barCapacity);
                        }
                    }
                }
                else if (alert.Severity >= AlertSeverity.Info)
                {
                    Add(alerts, alert, alertCapacity);
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Alerts (Info and above) with a sequence above <paramref name="afterSequence"/>, oldest first.</summary>
    public IReadOnlyList<Alert> AlertsAfter(long afterSequence)
    {
        lock (gate)
        {
            return alerts.Where(a => a.Sequence > afterSequence).ToList();
        }
    }

    /// <summary>The kept one-minute bar closes of SPX and VIX, oldest first.</summary>
    public (IReadOnlyList<Alert> Spx, IReadOnlyList<Alert> Vix) Bars()
    {
        lock (gate)
        {
            return (spxBars.ToList(), vixBars.ToList());
        }
    }

    private static bool IsOneMinute(Alert alert)
    {
        foreach (var value in alert.Values)
        {
            if (value.Name == "period")
            {
                return value.Text == "1m";
            }
        }

        return false;
    }

    private static void Add(Queue<Alert> ring, Alert alert, int capacity)
    {
        if (ring.Count == capacity)
        {
            ring.Dequeue();
        }

        ring.Enqueue(alert);
    }
}
