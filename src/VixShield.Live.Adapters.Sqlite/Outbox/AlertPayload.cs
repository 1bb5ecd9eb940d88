using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NodaTime.Text;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Sqlite.Outbox;

/// <summary>The stored form of an alert: JSON that keeps each value's kind, so a delivered alert after a restart is
/// the same alert, down to decimal scale and double bits.</summary>
/// <remarks>Notifications' <c>AlertJson</c> is the shape sent to people; it merges decimals and doubles into JSON
/// numbers, so it cannot be read back exactly. Field order is fixed, which makes the text, and so the fingerprint
/// in the alert id, the same every time the same alert is raised.</remarks>
internal static class AlertPayload
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false };

    public static string Write(Alert alert)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("seq", alert.Sequence);
            writer.WriteString("type", alert.Type);
            writer.WriteString("severity", SeverityName(alert.Severity));
            writer.WriteString("time", InstantPattern.ExtendedIso.Format(alert.EventTime));
            writer.WriteString("instrument", alert.Instrument);
            writer.WriteString("reason", alert.Reason);
            writer.WriteStartArray("values");
            foreach (var value in alert.Values)
            {
                writer.WriteStartObject();
                writer.WriteString("name", value.Name);
                switch (value.Kind)
                {
                    case AlertValueKind.Decimal:
                        writer.WriteNumber("decimal", value.Money);
                        break;
                    case AlertValueKind.Double when double.IsFinite(value.Number):
                        writer.WriteNumber("double", value.Number);
                        break;
                    case AlertValueKind.Double:
                        writer.WriteString("double", value.Number.ToString(CultureInfo.InvariantCulture));
                        break;
                    case AlertValueKind.Boolean:
                        writer.WriteBoolean("boolean", value.Flag);
                        break;
                    default:
                        writer.WriteString("text", value.Text);
                        break;
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The alert's idempotent id: its sequence plus the first 64 bits of the SHA-256 of its stored form.</summary>
    /// <remarks>The fingerprint tells a replayed alert (same sequence, same content: stored once) from a new alert that
    /// reuses a sequence after the engine's numbering restarted (different content: stored and delivered).</remarks>
    public static string Id(Alert alert, string payload) =>
        alert.Sequence.ToString(CultureInfo.InvariantCulture) + "-" +
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(payload)).AsSpan(0, 8));

    /// <exception cref="FormatException">The text is not an alert in the stored form.</exception>
    public static Alert Read(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            var values = new List<AlertValue>();
            foreach (var item in root.GetProperty("values").EnumerateArray())
            {
                values.Add(ReadValue(item));
            }

            var time = InstantPattern.ExtendedIso.Parse(root.GetProperty("time").GetString()!).GetValueOrThrow();
            return new Alert(
                root.GetProperty("seq").GetInt64(),
                root.GetProperty("type").GetString()!,
                ParseSeverity(root.GetProperty("severity").GetString()),
                time,
                root.GetProperty("instrument").GetString(),
                root.GetProperty("reason").GetString()!,
                values);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or UnparsableValueException)
        {
            throw new FormatException($"not a stored alert: {ex.Message}", ex);
        }
    }

    private static AlertValue ReadValue(JsonElement item)
    {
        var name = item.GetProperty("name").GetString()!;
        if (item.TryGetProperty("decimal", out var money))
        {
            return AlertValue.Of(name, money.GetDecimal());
        }

        if (item.TryGetProperty("double", out var number))
        {
            return AlertValue.Of(name, number.ValueKind == JsonValueKind.String
                ? double.Parse(number.GetString()!, CultureInfo.InvariantCulture)
                : number.GetDouble());
        }

        if (item.TryGetProperty("boolean", out var flag))
        {
            return AlertValue.Of(name, flag.GetBoolean());
        }

        return AlertValue.Of(name, item.GetProperty("text").GetString()!);
    }

    private static string SeverityName(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Debug => "debug",
        AlertSeverity.Info => "info",
        AlertSeverity.Warning => "warning",
        AlertSeverity.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "not an alert severity"),
    };

    private static AlertSeverity ParseSeverity(string? name) => name switch
    {
        "debug" => AlertSeverity.Debug,
        "info" => AlertSeverity.Info,
        "warning" => AlertSeverity.Warning,
        "critical" => AlertSeverity.Critical,
        _ => throw new InvalidOperationException($"unknown severity '{name}'"),
    };
}
