using System.Globalization;
using System.Net.Mail;
using VixShield.Live.Abstractions.Configuration;
using VixShield.Live.Adapters.Notifications.Outbox;

namespace VixShield.Live.Adapters.Notifications.Email;

/// <summary>One email destination over SMTP. The password is a secret: supply it through the environment
/// (<c>Alerts__Email__Password</c>), never in a committed file.</summary>
public sealed class EmailAlertOptions
{
    public const string SectionName = "Alerts:Email";

    private static readonly TimeSpan MinimumSendTimeout = TimeSpan.FromMilliseconds(100);

    private static readonly TimeSpan MaximumSendTimeout = TimeSpan.FromMinutes(10);

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

    /// <summary>Every setting <see cref="EmailAlertSink"/> would refuse; empty when valid. The password is never repeated.</summary>
    public IReadOnlyList<(string Key, string? Value, string Allowed)> ListProblems()
    {
        var problems = new List<(string Key, string? Value, string Allowed)>();
        void Check(bool valid, string name, string? value, string allowed)
        {
            if (!valid)
            {
                problems.Add(($"{SectionName}:{name}", value, allowed));
            }
        }

        const string Address = "an e-mail address such as alerts@example.com";
        if (DestinationName.Problem(SectionName, Name, EmailAlertDefaults.Name) is { } name)
        {
            problems.Add(name);
        }

        Check(
            !string.IsNullOrWhiteSpace(Host) && Uri.CheckHostName(Host) != UriHostNameType.Unknown,
            nameof(Host),
            Host,
            "the SMTP server's host name or IP address, or empty to turn e-mail off");
        Check(Port is >= 1 and <= 65535, nameof(Port), Port.ToString(CultureInfo.InvariantCulture), "a TCP port from 1 to 65535 (587 for STARTTLS)");
        Check(
            SendTimeout >= MinimumSendTimeout && SendTimeout <= MaximumSendTimeout,
            nameof(SendTimeout),
            SettingProblems.Duration(SendTimeout),
            $"a duration from {SettingProblems.Duration(MinimumSendTimeout)} to {SettingProblems.Duration(MaximumSendTimeout)}");
        Check(
            !string.IsNullOrEmpty(UserName) || string.IsNullOrEmpty(Password),
            nameof(Password),
            "(set, not shown because it is secret)",
            $"empty while {SectionName}:{nameof(UserName)} is empty: set both or neither");
        Check(IsAddress(From), nameof(From), From, $"the sender's address, such as alerts@example.com (required while {SectionName}:{nameof(Host)} is set)");
        Check(To.Count > 0, nameof(To), null, $"a list of at least one recipient address (required while {SectionName}:{nameof(Host)} is set)");
        for (var i = 0; i < To.Count; i++)
        {
            Check(IsAddress(To[i]), string.Create(CultureInfo.InvariantCulture, $"{nameof(To)}:{i}"), To[i], Address);
        }

        problems.AddRange(AlertTypeFilter.ListProblems(SectionName, DefaultMode, Types));
        return problems;
    }

    /// <exception cref="ArgumentException">Any of <see cref="ListProblems"/>; the message lists them all.</exception>
    public void Validate() => SettingProblems.ThrowIfAny(ListProblems());

    private static bool IsAddress(string? address) => !string.IsNullOrWhiteSpace(address) && MailAddress.TryCreate(address, out _);
}
