using VixShield.Live.Adapters.Notifications.Outbox;

namespace VixShield.Live.Adapters.Notifications.Email;

/// <summary>Default values of <see cref="EmailAlertOptions"/>.</summary>
public static class EmailAlertDefaults
{
    public const string Name = "email";

    /// <summary>The submission port with STARTTLS.</summary>
    public const int Port = 587;

    public const bool UseStartTls = true;

    public const string SubjectPrefix = "[VixShield]";

    /// <summary>Mail is for what needs a person: warnings and above unless configured otherwise.</summary>
    public const AlertDeliveryMode DefaultMode = AlertDeliveryMode.Quiet;

    /// <summary>SmtpClient's own limit on one send; the resilience pipeline's attempt timeout is usually shorter.</summary>
    public static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(30);
}
