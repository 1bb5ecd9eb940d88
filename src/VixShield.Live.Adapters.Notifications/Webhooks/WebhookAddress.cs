using System.Globalization;
using VixShield.Live.Adapters.Notifications.Outbox;

namespace VixShield.Live.Adapters.Notifications.Webhooks;

/// <summary>A webhook URL that never shows its secret parts: <see cref="ToString"/> gives scheme, host and port only.</summary>
public sealed class WebhookAddress
{
    private readonly string display;
    private readonly string[] secrets;

    /// <exception cref="ArgumentException">Not an absolute http(s) URL; the message does not repeat the value.</exception>
    public WebhookAddress(string? url, string settingName)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            throw new ArgumentException($"{settingName} is empty; set it to the webhook's absolute http or https URL", nameof(url));
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException(
                $"{settingName} ({url.Length} characters, not shown because it is secret) is not an absolute http or https URL", nameof(url));
        }

        Uri = uri;
        display = uri.IsDefaultPort
            ? $"{uri.Scheme}://{uri.Host}/…"
            : string.Create(CultureInfo.InvariantCulture, $"{uri.Scheme}://{uri.Host}:{uri.Port}/…");
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        secrets = SecretRedaction.Forms(
            [url, url.Trim(), uri.OriginalString, uri.AbsoluteUri, uri.PathAndQuery, uri.AbsolutePath, uri.Query, uri.UserInfo,
             Uri.UnescapeDataString(uri.PathAndQuery), .. segments, .. segments.Select(Uri.UnescapeDataString)],
            minimumLength: 4);
    }

    public Uri Uri { get; }

    /// <summary>Removes the URL, its path, query and path segments from <paramref name="text"/>.</summary>
    public string Redact(string? text) => SecretRedaction.Redact(text, secrets);

    public override string ToString() => display;
}
