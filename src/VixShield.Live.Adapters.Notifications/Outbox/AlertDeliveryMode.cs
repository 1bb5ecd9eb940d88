namespace VixShield.Live.Adapters.Notifications.Outbox;

/// <summary>Whether alerts of a type reach a destination.</summary>
public enum AlertDeliveryMode : byte
{
    /// <summary>Every alert of the type is delivered.</summary>
    On = 0,

    /// <summary>None is delivered.</summary>
    Off = 1,

    /// <summary>Only warnings and critical alerts are delivered.</summary>
    Quiet = 2,
}
