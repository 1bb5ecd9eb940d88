using System.Buffers;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NodaTime;
using VixShield.Live.Abstractions.Alerts;
using VixShield.Live.Adapters.Notifications.Formatting;
using VixShield.Live.Adapters.Notifications.Outbox;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Notifications.Webhooks;

/// <summary>POSTs each alert to a webhook as generic JSON (the <c>AlertJson</c> shape), Slack <c>{"text"}</c> or
/// Discord <c>{"content"}</c>, one request per alert.</summary>
/// <remarks>
/// <para>Any answer other than 2xx, a refused or reset connection, or a timeout throws
/// <see cref="AlertDeliveryException"/> whose message shows only the URL's scheme and host; the caller's
/// cancellation propagates as <see cref="OperationCanceledException"/>. Retries belong to the caller's resilience
/// pipeline (see <see cref="OutboxDeliveryService"/>).</para>
/// <para>Every request carries <c>Idempotency-Key: &lt;seq&gt;-&lt;fingerprint&gt;</c>, the same for every attempt at the
/// same alert, so a receiver can drop the one repeat a crash between its answer and our record can cause.</para>
/// <para>The <see cref="HttpClient"/> is the host's; do not give it a logging handler that writes request URIs
/// (IHttpClientFactory's default logging does), or the secret path reaches the logs.</para>
/// </remarks>
public sealed class WebhookAlertSink : IFilteringAlertSink
{
    private const int DiscordContentLimit = 2000;
    private const int ErrorBodyLimit = 512;
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false };

    private readonly HttpClient httpClient;
    private readonly WebhookPayloadFormat format;
    private readonly DateTimeZone zone;

    public WebhookAlertSink(HttpClient httpClient, WebhookAlertOptions options, DateTimeZone zone)
    {
        this.httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        ArgumentNullException.ThrowIfNull(options);
        this.zone = zone ?? throw new ArgumentNullException(nameof(zone));
        options.Validate();
        Name = options.Name;
        format = options.Format;
        Address = new WebhookAddress(options.Url, $"{WebhookAlertOptions.SectionName}:{nameof(options.Url)}");
        Filter = new AlertTypeFilter(options.DefaultMode, options.Types);
    }

    public string Name { get; }

    /// <summary>The endpoint; its <c>ToString()</c> is safe to log.</summary>
    public WebhookAddress Address { get; }

    public AlertTypeFilter Filter { get; }

    public bool Wants(Alert alert) => Filter.Allows(alert);

    public async Task DeliverAsync(IReadOnlyList<Alert> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var alert in batch)
        {
            if (Filter.Allows(alert))
            {
                await PostAsync(alert, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The request body for <paramref name="alert"/> in this sink's format.</summary>
    public byte[] CreateBody(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            switch (format)
            {
                case WebhookPayloadFormat.Slack:
                    writer.WriteStartObject();
                    writer.WriteString("text", EscapeForSlack(AlertMessageText.Format(alert, zone)));
                    writer.WriteEndObject();
                    break;
                case WebhookPayloadFormat.Discord:
                    var content = AlertMessageText.Format(alert, zone);
                    writer.WriteStartObject();
                    writer.WriteString("content", content.Length <= DiscordContentLimit ? content : string.Concat(content.AsSpan(0, DiscordContentLimit - 1), "…"));
                    writer.WriteStartObject("allowed_mentions");
                    writer.WriteStartArray("parse");
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                    break;
                default:
                    AlertJson.Write(writer, alert);
                    break;
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The id sent as <c>Idempotency-Key</c>: the alert's sequence and a fingerprint of its JSON form.</summary>
    public static string IdempotencyKey(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            AlertJson.Write(writer, alert);
        }

        return alert.Sequence.ToString(CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan).AsSpan(0, 8));
    }

    private async Task PostAsync(Alert alert, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Address.Uri);
        request.Content = new ByteArrayContent(CreateBody(alert));
        request.Content.Headers.ContentType = JsonContentType;
        request.Headers.TryAddWithoutValidation("Idempotency-Key", IdempotencyKey(alert));
        HttpResponseMessage response;
        try
        {
            response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException or InvalidOperationException)
        {
            // OperationCanceledException without our cancellation is HttpClient.Timeout.
            throw Failure(alert, $"{ex.GetType().Name}: {ex.Message}{Inner(ex)}", null);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            var body = await ReadErrorBodyAsync(response, cancellationToken).ConfigureAwait(false);
            throw Failure(alert, $"the endpoint answered {(int)response.StatusCode} {response.ReasonPhrase}{(body.Length > 0 ? ": " + body : string.Empty)}", (int)response.StatusCode);
        }
    }

    private AlertDeliveryException Failure(Alert alert, string reason, int? statusCode) =>
        new(Address.Redact($"webhook '{Name}' at {Address} did not accept alert {alert.Sequence} ({alert.Type}): {reason}"), statusCode);

    private static async Task<string> ReadErrorBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var buffer = new byte[ErrorBodyLimit];
                var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
                return Encoding.UTF8.GetString(buffer, 0, read).ReplaceLineEndings(" ").Trim();
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return string.Empty;
        }
    }

    private static string Inner(Exception exception)
    {
        var text = new StringBuilder();
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            text.Append(" <- ").Append(inner.GetType().Name).Append(": ").Append(inner.Message);
        }

        return text.ToString();
    }

    private static string EscapeForSlack(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
