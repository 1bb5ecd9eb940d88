using System.Globalization;
using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Net.Sockets;
using System.Text;
using NodaTime;
using VixShield.Live.Abstractions.Alerts;
using VixShield.Live.Adapters.Notifications.Formatting;
using VixShield.Live.Adapters.Notifications.Outbox;
using VixShield.Live.Adapters.Notifications.Webhooks;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Notifications.Email;

/// <summary>Sends each alert as one plain-text email over SMTP (System.Net.Mail): a one-line subject, then the
/// human-readable line and the alert's JSON.</summary>
/// <remarks>
/// A refused connection, a rejected login or an SMTP error throws <see cref="AlertDeliveryException"/> with the password
/// (plain and base64, as AUTH LOGIN sends it) removed from the message; the caller's cancellation propagates as
/// <see cref="OperationCanceledException"/>. One <see cref="SmtpClient"/> per send, because it is not safe to share.
/// </remarks>
public sealed class EmailAlertSink : IFilteringAlertSink
{
    private const int SubjectLimit = 150;

    private readonly EmailAlertOptions options;
    private readonly MailAddress from;
    private readonly MailAddress[] recipients;
    private readonly DateTimeZone zone;
    private readonly string[] secrets;

    public EmailAlertSink(EmailAlertOptions options, DateTimeZone zone)
    {
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        this.zone = zone ?? throw new ArgumentNullException(nameof(zone));
        options.Validate();
        from = new MailAddress(options.From!);
        recipients = [.. options.To.Select(address => new MailAddress(address))];
        Filter = new AlertTypeFilter(options.DefaultMode, options.Types);
        var password = options.Password;
        secrets = string.IsNullOrEmpty(password)
            ? []
            : SecretRedaction.Forms(
                [password, Base64(password), Base64("\0" + options.UserName + "\0" + password), WebUtility.UrlEncode(password)],
                minimumLength: 1);
    }

    public string Name => options.Name;

    public AlertTypeFilter Filter { get; }

    public bool Wants(Alert alert) => Filter.Allows(alert);

    public async Task DeliverAsync(IReadOnlyList<Alert> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var alert in batch)
        {
            if (Filter.Allows(alert))
            {
                await SendAsync(alert, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The message for <paramref name="alert"/>, as it will be sent.</summary>
    public MailMessage CreateMessage(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var json = new System.Buffers.ArrayBufferWriter<byte>(512);
        AlertJson.WriteLine(json, alert);
        var message = new MailMessage
        {
            From = from,
            Subject = $"{options.SubjectPrefix} {AlertMessageText.Summary(alert, SubjectLimit)}".Trim(),
            SubjectEncoding = Encoding.UTF8,
            Body = AlertMessageText.Format(alert, zone) + "\r\n\r\n" + Encoding.UTF8.GetString(json.WrittenSpan),
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
            IsBodyHtml = false,
        };
        foreach (var recipient in recipients)
        {
            message.To.Add(recipient);
        }

        message.Headers.Add("X-VixShield-Alert-Id", WebhookAlertSink.IdempotencyKey(alert));
        return message;
    }

    private async Task SendAsync(Alert alert, CancellationToken cancellationToken)
    {
        using var message = CreateMessage(alert);
        using var client = new SmtpClient(options.Host, options.Port)
        {
            EnableSsl = options.UseStartTls,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            UseDefaultCredentials = false,
            Timeout = (int)options.SendTimeout.TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(options.UserName))
        {
            client.Credentials = new NetworkCredential(options.UserName, options.Password);
        }

        try
        {
            await client.SendMailAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is SmtpException or IOException or SocketException or InvalidOperationException or System.Security.Authentication.AuthenticationException)
        {
            var status = ex is SmtpException smtp ? (int?)smtp.StatusCode : null;
            throw new AlertDeliveryException(Redact(
                $"email '{Name}' via {options.Host}:{options.Port.ToString(CultureInfo.InvariantCulture)} did not accept alert {alert.Sequence} ({alert.Type}): " +
                $"{ex.GetType().Name}: {ex.Message}{Inner(ex)}"), status);
        }
    }

    private string Redact(string text) => SecretRedaction.Redact(text, secrets);

    private static string Inner(Exception exception)
    {
        var text = new StringBuilder();
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            text.Append(" <- ").Append(inner.GetType().Name).Append(": ").Append(inner.Message);
        }

        return text.ToString();
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
