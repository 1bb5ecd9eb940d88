using VixShield.Live.Adapters.Notifications.Outbox;

namespace VixShield.Live.Adapters.Notifications.Email;

/// <summary>One email destination over SMTP. The password is a secret: supply it through the environment
/// (<c>Alerts__Email__Password</c>), never in a committed file.</summary>
public sealed class EmailAlertOptions
{
    public const string SectionName = "Alerts:Email";

    /// <summary>The destination's name: the sink's name and its position's key in the outbox. Keep it stable.</summary>
    /// <value>The default is <c>email</c>.</value>
    public string Name { get; set; } = EmailAlertDefaults.Name;

    /// <summary>The SMTP server's host name.</summary>
    public string? Host { get; set; }

    /// <value>The default is 587.</value>
    public int Port { get; set; } = EmailAlertDefaults.Port;

    /// <summary>Upgrade the connection with STARTTLS before authenticating.</summary>
    /// <value>The default is <c>true</c>.</value>
    public bool UseStartTls { get; set; } = EmailAlertDefaults.UseStartTls;

    /// <summary>The SMTP user; empty for a relay that needs no login.</summary>
    public string? UserName { get; set; }

    /// <summary>The SMTP password. Secret: never logged, removed from every error message.</summary>
    public string? Password { get; set; }

    public string? From { get; set; }

    public List<string> To { get; set; } = [];

    /// <value>The default is <c>[VixShield]</c>.</value>
    public string SubjectPrefix { get; set; } = EmailAlertDefaults.SubjectPrefix;

    /// <value>The default is <c>00:00:30</c>.</value>
    public TimeSpan SendTimeout { get; set; } = EmailAlertDefaults.SendTimeout;

    /// <summary>The mode of alert types that no entry of <see cref="Types"/> matches.</summary>
    /// <value>The default is <see cref="AlertDeliveryMode.Quiet"/>.</value>
    public AlertDeliveryMode DefaultMode { get; set; } = EmailAlertDefaults.DefaultMode;

    /// <summary>Per type prefix (<c>feed</c>, <c>session</c>): On, Off or Quiet (warnings and above only).</summary>
    public Dictionary<string, AlertDeliveryMode> Types { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
