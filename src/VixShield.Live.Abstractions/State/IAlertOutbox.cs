using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Abstractions.State;

/// <summary>The alert outbox seam: alerts are stored durably before anyone is told, then delivered to each destination
/// in order, and marked delivered per destination only after the destination accepted them.</summary>
/// <remarks>A destination (one per remote sink, e.g. <c>webhook</c>, <c>email</c>) has its own position, so one endpoint
/// being down never holds back another. Delivery after a restart resumes at the first alert not marked delivered.</remarks>
public interface IAlertOutbox
{
    /// <summary>Stores <paramref name="alerts"/> atomically, in order. An alert already stored (same sequence and content,
    /// as when a restarted engine raises it again) is reported as a duplicate and not queued twice.</summary>
    Task<IReadOnlyList<JournalAppendOutcome>> EnqueueAsync(IReadOnlyList<Alert> alerts, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="maxCount"/> alerts not yet delivered to <paramref name="destination"/>, oldest first.</summary>
    Task<IReadOnlyList<OutboxAlert>> ReadUndeliveredAsync(string destination, int maxCount, CancellationToken cancellationToken);

    /// <summary>Records that <paramref name="destination"/> accepted every alert up to and including <paramref name="sequence"/>.</summary>
    /// <exception cref="InvalidOperationException">The sequence is not an alert, or lies before the destination's position.</exception>
    Task MarkDeliveredAsync(string destination, long sequence, CancellationToken cancellationToken);

    /// <summary>The highest alert sequence number stored (0 when none): a restarted engine numbers its alerts after it, so
    /// numbers never repeat even when alerts were stored after the engine's last snapshot.</summary>
    Task<long> GetLastAlertSequenceAsync(CancellationToken cancellationToken);

    /// <summary>How many alerts wait for <paramref name="destination"/>.</summary>
    Task<long> CountUndeliveredAsync(string destination, CancellationToken cancellationToken);
}
