using System.Text;
using NodaTime;
using VixShield.Live.Abstractions.Alerts;
using VixShield.Live.Adapters.Notifications.Formatting;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Notifications.Console;

/// <summary>Writes one human-readable line per alert: New York time, severity, type, instrument, reason, values.</summary>
public sealed class ConsoleAlertSink(TextWriter output, AlertSeverity minimumSeverity, DateTimeZone zone) : IAlertSink
{
    private readonly StringBuilder line = new(256);

    public string Name => "console";

    public async Task DeliverAsync(IReadOnlyList<Alert> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        line.Clear();
        foreach (var alert in batch)
        {
            if (alert.Severity >= minimumSeverity)
            {
                Format(alert, line);
            }
        }

        if (line.Length > 0)
        {
            await output.WriteAsync(line, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task FlushAsync(CancellationToken cancellationToken) => output.FlushAsync(cancellationToken);

    /// <summary>Appends the alert's line (with newline) to <paramref name="builder"/>.</summary>
    public void Format(Alert alert, StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append(AlertJson.LocalTime(alert.EventTime, zone)).Append(' ')
            .Append(AlertJson.SeverityName(alert.Severity).ToUpperInvariant().PadRight(8))
            .Append(alert.Type.PadRight(18)).Append(' ')
            .Append((alert.Instrument ?? "-").PadRight(6)).Append(' ')
            .Append(alert.Reason);
        if (alert.Values.Count > 0)
        {
            builder.Append(" [");
            for (var i = 0; i < alert.Values.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                builder.Append(alert.Values[i].Name).Append('=').Append(alert.Values[i].FormatValue());
            }

            builder.Append(']');
        }

        builder.Append('\n');
    }
}
