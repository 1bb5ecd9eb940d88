using System.Globalization;
using System.Text;
using NodaTime.Text;
using VixShield.Live.Adapters.Notifications.Outbox;
using VixShield.Live.Engine.Status;
using VixShield.Live.Hosting;

namespace VixShield.Live.Http;

/// <summary>Renders the Prometheus text exposition format from a status snapshot.</summary>
/// <remarks>Quotes per second is measured between scrapes on the wall clock, because market time in a fast replay
/// says nothing about throughput.</remarks>
public sealed class PrometheusMetrics(WallClock wallClock, IReadOnlyList<OutboxDeliveryService> deliveries)
{
    private readonly object gate = new();
    private long lastQuotes;
    private long lastTimestamp;

    public string Render(StatusSnapshot status, bool fresh)
    {
        ArgumentNullException.ThrowIfNull(status);
        var text = new StringBuilder(2048);
        var counters = status.Counters;
        Counter(text, "vixshield_events_total", "Events processed by the decision loop.", counters.Events);
        Counter(text, "vixshield_quotes_total", "Quotes accepted by the decision loop.", counters.Quotes);
        Counter(text, "vixshield_quotes_rejected_total", "Quotes refused (out of order, non-positive, crossed).", counters.QuotesRejected);
        Counter(text, "vixshield_bars_total", "Bars closed.", counters.Bars);
        Counter(text, "vixshield_decisions_total", "Decisions and alerts raised by the decision loop.", counters.Alerts);
        Gauge(text, "vixshield_quotes_per_second", "Quotes per second of wall time since the previous scrape.", QuotesPerSecond(counters.Quotes));
        Gauge(text, "vixshield_inbound_channel_depth", "Events waiting in the inbound channel.", counters.InboundDepth);
        Gauge(text, "vixshield_alerts_pending", "Alerts waiting in the alert channel for the sinks.", counters.AlertDepth);
        Gauge(text, "vixshield_status_fresh", "1 when the decision loop answered the status query in time.", fresh ? 1 : 0);
        Gauge(text, "vixshield_session_open", "1 during a trading session.", status.SessionOpen ? 1 : 0);

        text.Append("# HELP vixshield_feed_staleness_seconds Market seconds since the instrument's last accepted quote.\n");
        text.Append("# TYPE vixshield_feed_staleness_seconds gauge\n");
        var now = InstantPattern.ExtendedIso.Parse(status.MarketTime);
        foreach (var instrument in status.Instruments)
        {
            if (instrument.LastQuoteTime is null || !now.Success)
            {
                continue;
            }

            var seen = InstantPattern.ExtendedIso.Parse(instrument.LastQuoteTime).Value;
            text.Append(CultureInfo.InvariantCulture, $"vixshield_feed_staleness_seconds{{symbol=\"{instrument.Symbol}\"}} {(now.Value - seen).TotalSeconds:0.###}\n");
        }

        text.Append("# HELP vixshield_condor_unrealised_pnl_points Unrealised P&L of each open condor, points per condor.\n");
        text.Append("# TYPE vixshield_condor_unrealised_pnl_points gauge\n");
        foreach (var condor in status.Condors)
        {
            text.Append(CultureInfo.InvariantCulture, $"vixshield_condor_unrealised_pnl_points{{expiry=\"{condor.Expiry}\"}} {condor.UnrealisedPnl}\n");
        }

        AlertDelivery(text);

        if (status.LastComparison is { } comparison)
        {
            text.Append("# HELP vixshield_daily_pnl_points Latest daily comparison, points per condor, per strategy.\n");
            text.Append("# TYPE vixshield_daily_pnl_points gauge\n");
            foreach (var row in comparison.Rows)
            {
                text.Append(CultureInfo.InvariantCulture, $"vixshield_daily_pnl_points{{strategy=\"{row.Strategy}\",expiry=\"{comparison.Expiry}\"}} {row.Pnl}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>Per remote destination. Named apart from <c>vixshield_alerts_pending</c> (the alert channel's depth, no
    /// labels) so that a sum over one family never adds channel depth to outbox backlog.</summary>
    private void AlertDelivery(StringBuilder text)
    {
        if (deliveries.Count == 0)
        {
            return;
        }

        var statuses = deliveries.Select(worker => worker.Status).ToList();
        text.Append("# HELP vixshield_alert_delivery_pending Alerts in the outbox not yet accepted by the destination (after its worker's last pass).\n");
        text.Append("# TYPE vixshield_alert_delivery_pending gauge\n");
        foreach (var delivery in statuses)
        {
            text.Append(CultureInfo.InvariantCulture, $"vixshield_alert_delivery_pending{{destination=\"{LabelValue(delivery.Destination)}\"}} {delivery.Pending}\n");
        }

        text.Append("# HELP vixshield_alert_delivery_failing 1 while the destination's last delivery pass failed.\n");
        text.Append("# TYPE vixshield_alert_delivery_failing gauge\n");
        foreach (var delivery in statuses)
        {
            text.Append(CultureInfo.InvariantCulture, $"vixshield_alert_delivery_failing{{destination=\"{LabelValue(delivery.Destination)}\"}} {(delivery.IsHealthy ? 0 : 1)}\n");
        }

        text.Append("# HELP vixshield_alert_delivery_delivered_total Alerts the destination accepted since the daemon started.\n");
        text.Append("# TYPE vixshield_alert_delivery_delivered_total counter\n");
        foreach (var delivery in statuses)
        {
            text.Append(CultureInfo.InvariantCulture, $"vixshield_alert_delivery_delivered_total{{destination=\"{LabelValue(delivery.Destination)}\"}} {delivery.DeliveredTotal}\n");
        }
    }

    /// <summary>The exposition format's escapes for a label value (destination names come from configuration).</summary>
    private static string LabelValue(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private double QuotesPerSecond(long quotes)
    {
        lock (gate)
        {
            var nowTimestamp = wallClock.Provider.GetTimestamp();
            var rate = lastTimestamp == 0 ? 0 : (quotes - lastQuotes) / Math.Max(wallClock.Provider.GetElapsedTime(lastTimestamp, nowTimestamp).TotalSeconds, 1e-9);
            lastQuotes = quotes;
            lastTimestamp = nowTimestamp;
            return rate;
        }
    }

    private static void Counter(StringBuilder text, string name, string help, long value) =>
        text.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} counter\n{name} {value}\n");

    private static void Gauge(StringBuilder text, string name, string help, double value) =>
        text.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value:0.###}\n");
}
