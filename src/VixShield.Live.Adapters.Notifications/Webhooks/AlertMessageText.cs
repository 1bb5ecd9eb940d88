using System.Text;
using NodaTime;
using VixShield.Live.Adapters.Notifications.Formatting;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Notifications.Webhooks;

/// <summary>The human-readable line of an alert for chat messages and email: severity, type, instrument, exchange-local
/// time, reason and values.</summary>
public static class AlertMessageText
{
    public static string Format(Alert alert, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(zone);
        var text = new StringBuilder(160)
            .Append(AlertJson.SeverityName(alert.Severity).ToUpperInvariant()).Append(' ')
            .Append(alert.Type);
        if (alert.Instrument is not null)
        {
            text.Append(' ').Append(alert.Instrument);
        }

        text.Append(" at ").Append(AlertJson.LocalTime(alert.EventTime, zone)).Append(": ").Append(alert.Reason);
        if (alert.Values.Count > 0)
        {
            text.Append(" (");
            for (var i = 0; i < alert.Values.Count; i++)
            {
                text.Append(i > 0 ? ", " : string.Empty).Append(alert.Values[i].Name).Append('=').Append(alert.Values[i].FormatValue());
            }

            text.Append(')');
        }

        return text.ToString();
    }

    /// <summary>A one-line summary of at most <paramref name="maxLength"/> characters (email subjects).</summary>
    public static string Summary(Alert alert, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var summary = $"{AlertJson.SeverityName(alert.Severity).ToUpperInvariant()} {alert.Type}{(alert.Instrument is null ? string.Empty : " " + alert.Instrument)}: {alert.Reason}"
            .ReplaceLineEndings(" ");
        return summary.Length <= maxLength ? summary : string.Concat(summary.AsSpan(0, maxLength - 1), "…");
    }
}
