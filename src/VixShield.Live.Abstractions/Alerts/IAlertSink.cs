using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Abstractions.Alerts;

/// <summary>The alert-sink seam: delivers batches of alerts to one destination.</summary>
/// <remarks>A sink throws when delivery fails; the pump that calls it decides about retries (Serilog's rule).</remarks>
public interface IAlertSink
{
    string Name { get; }

    Task DeliverAsync(IReadOnlyList<Alert> batch, CancellationToken cancellationToken);

    /// <summary>Makes everything delivered so far durable (flush files); called on drain and shutdown.</summary>
    Task FlushAsync(CancellationToken cancellationToken);
}
