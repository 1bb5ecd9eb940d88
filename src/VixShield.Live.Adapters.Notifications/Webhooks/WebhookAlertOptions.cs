using VixShield.Live.Abstractions.Configuration;
using VixShield.Live.Adapters.Notifications.Outbox;

namespace VixShield.Live.Adapters.Notifications.Webhooks;

/// <summary>One webhook destination. The URL is a secret (Slack and Discord put the token in it): supply it through
/// configuration or the environment (<c>Alerts__Webhook__Url</c>), never in a committed file.</summary>
public sealed class WebhookAlertOptions
{
    public const string SectionName = "Alerts:Webhook";

    /// <summary>The destination's name: the sink's name and its position's key in the outbox. Keep it stable.</summary>
    /// <value>The default is <c>webhook</c>.</value>
    public string Name { get; set; } = WebhookAlertDefaults.Name;

    /// <summary>The absolute http or https URL to POST to. Secret: only its scheme and host are ever shown.</summary>
    public string? Url { get; set; }

    /// <value>The default is <see cref="WebhookPayloadFormat.Json"/>.</value>
    public WebhookPayloadFormat Format { get; set; } = WebhookAlertDefaults.Format;

    /// <summary>The mode of alert types that no entry of <see cref="Types"/> matches.</summary>
    /// <value>The default is <see cref="AlertDeliveryMode.On"/>.</value>
    public AlertDeliveryMode DefaultMode { get; set; } = WebhookAlertDefaults.DefaultMode;

    /// <summary>Per type prefix (<c>feed</c>, <c>bar.closed</c>): On, Off or Quiet (warnings and above only).</summary>
    public Dictionary<string, AlertDeliveryMode> Types { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every setting <see cref="WebhookAlertSink"/> would refuse; empty when valid. The URL is never repeated.</summary>
    public IReadOnlyList<(string Key, string? Value, string Allowed)> ListProblems()
    {
        var problems = new List<(string Key, string? Value, string Allowed)>();
        if (DestinationName.Problem(SectionName, Name, WebhookAlertDefaults.Name) is { } name)
        {
            problems.Add(name);
        }

        if (!WebhookAddress.IsValid(Url))
        {
            problems.Add(($"{SectionName}:{nameof(Url)}", string.IsNullOrWhiteSpace(Url) ? null : WebhookAddress.Hidden(Url), WebhookAddress.Rule + ", or empty to turn the webhook off"));
        }

        if (!Enum.IsDefined(Format))
        {
            problems.Add(($"{SectionName}:{nameof(Format)}", Format.ToString(), "one of: " + string.Join(", ", Enum.GetNames<WebhookPayloadFormat>())));
        }

        problems.AddRange(AlertTypeFilter.ListProblems(SectionName, DefaultMode, Types));
        return problems;
    }

    /// <exception cref="ArgumentException">Any of <see cref="ListProblems"/>; the message lists them all.</exception>
    public void Validate() => SettingProblems.ThrowIfAny(ListProblems());
}
