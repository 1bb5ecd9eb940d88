using VixShield.Live.Adapters.Notifications.Outbox;

namespace VixShield.Live.Adapters.Notifications.Webhooks;

/// <summary>Default values of <see cref="WebhookAlertOptions"/>.</summary>
public static class WebhookAlertDefaults
{
    public const string Name = "webhook";

    public const WebhookPayloadFormat Format = WebhookPayloadFormat.Json;

    public const AlertDeliveryMode DefaultMode = AlertDeliveryMode.On;
}
