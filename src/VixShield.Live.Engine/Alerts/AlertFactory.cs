using NodaTime;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Engine.Alerts;

/// <summary>Numbers alerts in emission order so every alert has a stable, replayable identity.</summary>
public sealed class AlertFactory
{
    private long sequence;

    public long LastSequence => sequence;

    /// <summary>Continues numbering after <paramref name="lastSequence"/> (a restart resuming after alerts already issued);
    /// never moves the numbering back.</summary>
    public void ResumeAfter(long lastSequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lastSequence);
        sequence = Math.Max(sequence, lastSequence);
    }

    /// <summary>Takes the next sequence number for an alert built elsewhere (a rule engine's decision).</summary>
    public long Reserve() => ++sequence;

    public Alert Create(string type, AlertSeverity severity, Instant time, string? instrument, string reason, params AlertValue[] values) =>
        new(++sequence, type, severity, time, instrument, reason, values);
}
