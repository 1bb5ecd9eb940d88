namespace VixShield.Live.Adapters.Notifications.Outbox;

/// <summary>What <see cref="EventLogDelivery.CatchUpAsync"/> found at start; all zero after a clean stop.</summary>
/// <param name="Written">Alerts journaled by an earlier run but missing from the event log, now written.</param>
/// <param name="AlreadyWritten">Alerts written by an earlier run that crashed before recording it; not written again.</param>
/// <param name="TornBytesRemoved">Bytes of an unfinished last line removed from the file.</param>
public sealed record EventLogCatchUp(long Written, int AlreadyWritten, long TornBytesRemoved)
{
    public bool FoundAnything => Written > 0 || AlreadyWritten > 0 || TornBytesRemoved > 0;
}
