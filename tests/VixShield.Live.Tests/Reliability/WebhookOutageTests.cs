using System.Text.Json;
using System.Text.RegularExpressions;
using VixShield.Live.Tests.Hosting;

namespace VixShield.Live.Tests.Reliability;

/// <summary>The real daemon against a webhook that is down, then answers 500 and 503, hangs past the attempt timeout
/// and resets connections, then recovers: every journaled alert must arrive once, in order, and nothing is lost
/// across the restart in between.</summary>
public sealed partial class WebhookOutageTests : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);
    private static readonly WebhookFault[] Faults = [WebhookFault.ServerError, WebhookFault.Hang, WebhookFault.Reset, WebhookFault.Unavailable];
    private readonly string directory = Directory.CreateTempSubdirectory("vixshield-webhook-outage-").FullName;

    [Fact]
    public async Task Run_WebhookDownThenFailingThenRecovered_DeliversEveryJournaledAlertOnceInOrder()
    {
        var dataDir = Path.Combine(directory, "data");
        await using var webhook = new FlakyWebhookReceiver(DaemonProcess.FreePort(), attempt => attempt < 12 ? Faults[attempt % Faults.Length] : WebhookFault.None);
        var environment = DaemonEnvironment(webhook.Url);

        int pending;
        using (var down = DaemonProcess.Start(environment, "--speed", "max", "--duration", "2d", "--data-dir", dataDir, "--http-port", "0"))
        {
            Assert.True(await down.WaitForExitAsync(HangGuard) == 0, down.Error);
            pending = int.Parse(PendingAtStop().Match(down.Error).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        var logged = EventLogSequences(dataDir);
        Assert.Equal(logged.Count, pending);
        Assert.True(pending > 20, $"a paper-trading day should raise more alerts than {pending}");

        webhook.Start();
        using (var recovered = DaemonProcess.Start(environment, "--speed", "60", "--data-dir", dataDir, "--http-port", "0"))
        {
            var all = webhook.AcceptedAsync(pending);
            if (await Task.WhenAny(all, recovered.WaitForExitAsync(HangGuard)) != all || !all.IsCompletedSuccessfully)
            {
                Assert.Fail($"{webhook.Accepted.Count} of {pending} alerts accepted after {webhook.Attempts.Count} attempts "
                    + $"({string.Join(" ", webhook.Attempts.Select(a => $"{a.Sequence}:{a.Fault}"))}); the daemon said:{System.Environment.NewLine}{recovered.Error}");
            }

            recovered.Terminate();
            Assert.True(await recovered.WaitForExitAsync(HangGuard) == 0, recovered.Error);
        }

        // Alerts raised while stopping (feed.stopped) are not part of this test: see the clean-stop test below.
        var journaled = StateJournal.Read(Path.Combine(dataDir, "vixshield-state.db"));
        var accepted = webhook.Accepted;
        Assert.Empty(webhook.KeysSentAgainLater());
        var firstDeliveries = accepted.DistinctBy(a => a.Key).ToList();
        Assert.Equal(logged, firstDeliveries.Take(pending).Select(a => a.Sequence));
        Assert.Equal(journaled.Take(firstDeliveries.Count).Select(a => (a.Sequence, a.Type)), firstDeliveries.Select(a => (a.Sequence, a.Type)));
        Assert.All(Faults, fault => Assert.Contains(webhook.Attempts, a => a.Fault == fault));
        Assert.All(webhook.Attempts.Where(a => a.Fault != WebhookFault.None), failed => Assert.Contains(accepted, a => a.Key == failed.Key));
    }

    [Fact]
    public async Task Run_CleanStopWithTheWebhookUp_LeavesNothingUndelivered()
    {
        var dataDir = Path.Combine(directory, "clean-stop");
        await using var webhook = new FlakyWebhookReceiver(DaemonProcess.FreePort(), _ => WebhookFault.None);
        webhook.Start();
        // The default attempt timeout (10 s): this test is about the stop, not about attempts that time out on a busy machine.
        var environment = DaemonEnvironment(webhook.Url);
        environment.Remove("VIXSHIELD__Alerts__Delivery__AttemptTimeout");
        using (var daemon = DaemonProcess.Start(environment, "--speed", "60", "--data-dir", dataDir, "--http-port", "0"))
        {
            await webhook.AcceptedAsync(2).WaitAsync(HangGuard);
            daemon.Terminate();
            Assert.True(await daemon.WaitForExitAsync(HangGuard) == 0, daemon.Error);
        }

        var journaled = StateJournal.Read(Path.Combine(dataDir, "vixshield-state.db"));
        Assert.Equal("feed.stopped", journaled[^1].Type);
        // Exactly once: the stop lets the delivery in flight finish and marks it, so the final pass does not repeat it.
        Assert.Equal(journaled.Select(a => (a.Sequence, a.Type)), webhook.Attempts.Select(a => (a.Sequence, a.Type)));
        Assert.All(webhook.Attempts, attempt => Assert.Equal(WebhookFault.None, attempt.Fault));
        Assert.Equal(journaled[^1].JournalSequence, StateJournal.DeliveredThrough(Path.Combine(dataDir, "vixshield-state.db"), "webhook"));
    }

    /// <summary>A stop while the webhook does not answer waits for the attempt in flight (its timeout, 3 s here), tries
    /// the final pass, and exits 0 within Daemon:ShutdownTimeout, leaving the alert pending: the command line must not
    /// end the process on its own shorter limit first (it did, after 2 s, with exit 143).</summary>
    [Fact]
    public async Task Run_SigtermWhileTheWebhookHangs_ExitsZeroWithinTheShutdownTimeoutLeavingTheAlertPending()
    {
        var dataDir = Path.Combine(directory, "hang-at-stop");
        await using var webhook = new FlakyWebhookReceiver(DaemonProcess.FreePort(), _ => WebhookFault.Hang);
        webhook.Start();
        var environment = DaemonEnvironment(webhook.Url);
        environment["VIXSHIELD__Alerts__Delivery__AttemptTimeout"] = "00:00:03";
        environment["VIXSHIELD__Daemon__ShutdownTimeout"] = "00:00:30";
        using var daemon = DaemonProcess.Start(environment, "--speed", "60", "--data-dir", dataDir, "--http-port", "0");
        await webhook.AttemptedAsync(1).WaitAsync(HangGuard);

        daemon.Terminate();

        Assert.True(await daemon.WaitForExitAsync(HangGuard) == 0, daemon.Error);
        Assert.Contains("Last delivery pass to webhook did not finish", daemon.Error, StringComparison.Ordinal);
        Assert.Contains("VixShield.Live stopped with exit code 0", daemon.Error, StringComparison.Ordinal);
        Assert.Empty(webhook.Accepted);
        Assert.Equal(0, StateJournal.DeliveredThrough(Path.Combine(dataDir, "vixshield-state.db"), "webhook"));
    }

    [Fact]
    public async Task Run_WebhookDown_WarnsNamingTheDestinationWhileRunning()
    {
        await using var webhook = new FlakyWebhookReceiver(DaemonProcess.FreePort(), _ => WebhookFault.None);
        using var daemon = DaemonProcess.Start(DaemonEnvironment(webhook.Url), "--speed", "max", "--duration", "90m", "--data-dir", Path.Combine(directory, "down"), "--http-port", "0");

        Assert.True(await daemon.WaitForExitAsync(HangGuard) == 0, daemon.Error);

        Assert.Contains(daemon.Error.Split('\n'), line => line.Contains(" WRN] ", StringComparison.Ordinal) && line.Contains("webhook", StringComparison.OrdinalIgnoreCase)
            && line.Contains("127.0.0.1", StringComparison.Ordinal));
        Assert.DoesNotContain(webhook.Url, daemon.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WebhookDownThenUp_OneWarningHealthDegradedPendingInMetricsThenOneRecoveryLine()
    {
        await using var webhook = new FlakyWebhookReceiver(DaemonProcess.FreePort(), _ => WebhookFault.None);
        var port = DaemonProcess.FreePort();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}/") };
        using var daemon = DaemonProcess.Start(DaemonEnvironment(webhook.Url),
            "--speed", "60", "--data-dir", Path.Combine(directory, "health"), "--http-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await daemon.LogLine("Alert delivery to webhook is failing").WaitAsync(HangGuard);
        var whileDown = JsonDocument.Parse(await http.GetStringAsync("health")).RootElement;
        var metricsWhileDown = await http.GetStringAsync("metrics");
        webhook.Start();
        await daemon.LogLine("Alert delivery to webhook recovered").WaitAsync(HangGuard);
        var afterRecovery = JsonDocument.Parse(await http.GetStringAsync("health")).RootElement;
        var metricsAfterRecovery = await http.GetStringAsync("metrics");
        daemon.Terminate();
        Assert.True(await daemon.WaitForExitAsync(HangGuard) == 0, daemon.Error);

        var alertsWhileDown = whileDown.GetProperty("checks").GetProperty("alerts");
        Assert.Equal("Degraded", whileDown.GetProperty("status").GetString());
        Assert.Equal("Degraded", alertsWhileDown.GetProperty("status").GetString());
        Assert.Equal("failing", alertsWhileDown.GetProperty("data").GetProperty("webhook").GetProperty("state").GetString());
        var pendingWhileDown = alertsWhileDown.GetProperty("data").GetProperty("webhook").GetProperty("pending").GetInt64();
        Assert.True(pendingWhileDown > 0, "the alerts raised while the webhook was down wait in the outbox");
        Assert.Contains("vixshield_alert_delivery_failing{destination=\"webhook\"} 1\n", metricsWhileDown, StringComparison.Ordinal);
        Assert.True(Gauge(metricsWhileDown, "vixshield_alert_delivery_pending{destination=\"webhook\"}") > 0, metricsWhileDown);
        Assert.Equal("ok", afterRecovery.GetProperty("checks").GetProperty("alerts").GetProperty("data").GetProperty("webhook").GetProperty("state").GetString());
        Assert.Contains("vixshield_alert_delivery_failing{destination=\"webhook\"} 0\n", metricsAfterRecovery, StringComparison.Ordinal);
        var logLines = daemon.Error.Split('\n');
        Assert.Single(logLines, line => line.Contains("AlertDeliveryLog", StringComparison.Ordinal) && line.Contains(" WRN] ", StringComparison.Ordinal));
        var recovered = Assert.Single(logLines, line => line.Contains("Alert delivery to webhook recovered", StringComparison.Ordinal));
        Assert.Contains(" INF] ", recovered, StringComparison.Ordinal);
        Assert.True(long.Parse(LateDeliveries().Match(recovered).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= pendingWhileDown, recovered);
        Assert.DoesNotContain(webhook.Url, daemon.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    /// <summary>Paper trading (more alert kinds than alerts-only), no bar events, and delivery settings that retry
    /// within milliseconds so the test spends its time on faults, not on backoff.</summary>
    private static Dictionary<string, string> DaemonEnvironment(string url) => new()
    {
        ["VIXSHIELD__Execution__Adapter"] = "paper",
        ["VIXSHIELD__Engine__EmitBarEvents"] = "false",
        ["VIXSHIELD__Alerts__Webhook__Url"] = url,
        ["VIXSHIELD__Alerts__Delivery__AttemptTimeout"] = "00:00:00.250",
        ["VIXSHIELD__Alerts__Delivery__RetryBaseDelay"] = "00:00:00.010",
        ["VIXSHIELD__Alerts__Delivery__RetryMaxDelay"] = "00:00:00.050",
        ["VIXSHIELD__Alerts__Delivery__BreakerBreakDuration"] = "00:00:00.500",
        ["VIXSHIELD__Alerts__Delivery__PollInterval"] = "00:00:00.050",
    };

    private static List<long> EventLogSequences(string dataDir) =>
        File.ReadAllLines(Path.Combine(dataDir, "events.jsonl")).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("seq").GetInt64()).ToList();

    [GeneratedRegex(@"Delivery to webhook stopped: 0 delivered, (\d+) pending in the outbox")]
    private static partial Regex PendingAtStop();

    [GeneratedRegex(@"(\d+) alerts delivered late")]
    private static partial Regex LateDeliveries();

    private static double Gauge(string metrics, string series) =>
        double.Parse(metrics.Split('\n').Single(line => line.StartsWith(series + " ", StringComparison.Ordinal))[(series.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture);
}
