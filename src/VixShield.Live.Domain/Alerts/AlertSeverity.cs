namespace VixShield.Live.Domain.Alerts;

/// <summary>How loudly an alert should be delivered.</summary>
public enum AlertSeverity : byte
{
    Debug = 0,
    Info = 1,
    Warning = 2,
    Critical = 3,
}
