using System.Buffers;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Notifications.Formatting;

/// <summary>The one JSON shape of an alert, shared by every machine-readable sink.</summary>
/// <remarks>
/// Field order is fixed and numbers are written exactly (decimals as decimals, doubles round-trip), so the same
/// run produces byte-identical files. Shape:
/// <c>{"seq":1,"type":"session.open","severity":"info","time":"2026-03-02T14:30:00Z","instrument":null,"reason":"…","values":{…}}</c>.
/// </remarks>
public static class AlertJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, SkipValidation = false };

    public static void Write(Utf8JsonWriter writer, Alert alert)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(alert);
        writer.WriteStartObject();
        writer.WriteNumber("seq", alert.Sequence);
        writer.WriteString("type", alert.Type);
        writer.WriteString("severity", SeverityName(alert.Severity));
        writer.WriteString("time", InstantPattern.ExtendedIso.Format(alert.EventTime));
        if (alert.Instrument is null)
        {
            writer.WriteNull("instrument");
        }
        else
        {
            writer.WriteString("instrument", alert.Instrument);
        }

        writer.WriteString("reason", alert.Reason);
        writer.WriteStartObject("values");
        foreach (var value in alert.Values)
        {
            switch (value.Kind)
            {
                case AlertValueKind.Decimal:
                    writer.WriteNumber(value.Name, value.Money);
                    break;
                case AlertValueKind.Double when double.IsFinite(value.Number):
                    writer.WriteNumber(value.Name, value.Number);
                    break;
                case AlertValueKind.Double:
                    writer.WriteNull(value.Name);
                    break;
                case AlertValueKind.Boolean:
                    writer.WriteBoolean(value.Name, value.Flag);
                    break;
                default:
                    writer.WriteString(value.Name, value.Text);
                    break;
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The alert as one line of UTF-8 JSON followed by a newline.</summary>
    public static void WriteLine(IBufferWriter<byte> output, Alert alert)
    {
        ArgumentNullException.ThrowIfNull(output);
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            Write(writer, alert);
        }

        output.Write("\n"u8);
    }

    public static string SeverityName(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Debug => "debug",
        AlertSeverity.Info => "info",
        AlertSeverity.Warning => "warning",
        _ => "critical",
    };

    /// <summary>Formats an instant in the exchange zone for human-readable sinks.</summary>
    public static string LocalTime(Instant instant, DateTimeZone zone) =>
        ZonedDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss", null).Format(instant.InZone(zone));
}
