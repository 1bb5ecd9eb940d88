namespace VixShield.Live.Adapters.Notifications.Outbox;

/// <summary>A remote destination did not accept an alert. The message names the sink, the endpoint with its secrets
/// removed, the alert and the reason; the underlying exception is deliberately not attached, because its text or
/// data could carry a webhook URL or a password into the logs.</summary>
public sealed class AlertDeliveryException : Exception
{
    public AlertDeliveryException()
    {
    }

    public AlertDeliveryException(string message)
        : base(message)
    {
    }

    public AlertDeliveryException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public AlertDeliveryException(string message, int? statusCode)
        : base(message)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP or SMTP status the destination answered with, when it answered.</summary>
    public int? StatusCode { get; }
}
