namespace VixShield.Live.Adapters.Notifications.Webhooks;

/// <summary>The body a webhook POST carries.</summary>
public enum WebhookPayloadFormat : byte
{
    /// <summary>The alert in the shared <c>AlertJson</c> shape, for receivers that parse it.</summary>
    Json = 0,

    /// <summary><c>{"text": "…"}</c>: a Slack incoming webhook (also Mattermost, Rocket.Chat).</summary>
    Slack = 1,

    /// <summary><c>{"content": "…"}</c>: a Discord webhook, with mentions disabled and the text cut to Discord's 2000 characters.</summary>
    Discord = 2,
}
