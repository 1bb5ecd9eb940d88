using System.Globalization;
using VixShield.Live.Adapters.Notifications.Outbox;

namespace VixShield.Live.Adapters.Notifications.Webhooks;

/// <summary>A webhook URL that never shows its secret parts: <see cref="ToString"/> gives scheme, host and port only.</summary>
public sealed class WebhookAddress
{
    private readonly string display;
    private readonly string[] secrets;

    /// <summary>What <see cref="IsValid"/> accepts, in words.</summary>
    public const string Rule = "an absolute http:// or https:// URL";

    /// <exception cref="ArgumentException">Not an absolute http(s) URL; the message does not repeat the value.</exception>
    public WebhookAddress(string? url, string settingName)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            throw new ArgumentException($"{settingName} is empty; set it to the webhook's absolute http or https URL", nameof(url));
        }

        if (!TryParse(url, out var uri))
        {
            throw new ArgumentException($"{settingName} {Hidden(url)} is not an absolute http or https URL", nameof(url));
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

    public static bool IsValid(string? url) => !string.IsNullOrWhiteSpace(url) && TryParse(url, out _);

    /// <summary>Stands in for the URL in messages: its length only.</summary>
    public static string Hidden(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return string.Create(CultureInfo.InvariantCulture, $"({url.Length} characters, not shown because it is secret)");
    }

    /// <summary>Removes the URL, its path, query and path segments from <paramref name="text"/>.</summary>
    public string Redact(string? text) => SecretRedaction.Redact(text, secrets);

    public override string ToString() => display;

    private static bool TryParse(string url, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? uri) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
