using System.Globalization;
using System.Text.Json;
using VixShield.Live.Tests.Hosting;
using VixShield.Live.Tests.Reliability;

namespace VixShield.Live.Tests.Recovery;

/// <summary>SIGKILL at random points of a paper-trading run, restart, and compare with an uninterrupted run.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);
    private readonly string directory = Directory.CreateTempSubdirectory("vixshield-crash-").FullName;

    [Theory]
    [InlineData(11)]
    public async Task Run_KilledAtRandomPointsAndRestarted_EveryAlertReachesTheWebhookOnceAndPositionsMatch(int seed)
    {
        var reference = await RunAsync("reference", kills: []);
        var random = new Random(seed);
        var kills = Enumerable.Range(0, 4).Select(_ => random.Next(1, 12)).ToArray();
        var crashed = await RunAsync("crashed", kills);

        // A delivery interrupted between the endpoint's answer and the outbox mark is repeated with the same
        // Idempotency-Key, which the receiver uses to drop it: at most one such repeat per stop or kill.
        Assert.Equal(reference.Keys.Distinct().Order(), crashed.Keys.Distinct().Order());
        Assert.True(crashed.Keys.Count - crashed.Keys.Distinct().Count() <= kills.Length + 1,
            $"at most one repeated delivery per stop, got {crashed.Keys.Count - crashed.Keys.Distinct().Count()}");
        Assert.Equal(reference.OrderIds, crashed.OrderIds.Distinct().Order().ToList());
        Assert.Equal(reference.LastStatement, crashed.LastStatement);
    }

    [Theory]
    [InlineData(5)]
    public async Task Run_KilledRightAfterAlertsWereJournaled_EventLogHoldsEveryJournaledAlertOnceInOrder(int seed)
    {
        var dataDir = Path.Combine(directory, "event-log");
        var environment = new Dictionary<string, string> { ["VIXSHIELD__Alerts__ConsoleMinimumSeverity"] = "Debug" };
        string[] args = ["--speed", "max", "--duration", "2d", "--data-dir", dataDir, "--http-port", "0"];
        var random = new Random(seed);
        var killed = 0;
        for (var run = 0; run < 4; run++)
        {
            // Every alert line on the console follows its batch's journal commit, so killing after a line kills a
            // process that has journaled alerts and is writing more. A restart prints only what is new, hence the
            // small counts.
            using var daemon = DaemonProcess.Start(environment, args);
            var exited = daemon.WaitForExitAsync(HangGuard);
            if (await Task.WhenAny(daemon.OutputLines(random.Next(1, 200)), exited) != exited)
            {
                daemon.Kill();
                killed++;
            }
        }

        using (var daemon = DaemonProcess.Start(environment, args))
        {
            Assert.True(await daemon.WaitForExitAsync(HangGuard) == 0, daemon.Error);
        }

        var journaled = StateJournal.Read(Path.Combine(dataDir, "vixshield-state.db"));
        var logged = File.ReadAllLines(Path.Combine(dataDir, "events.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (e.GetProperty("seq").GetInt64(), e.GetProperty("type").GetString()!)).ToList();
        Assert.True(killed >= 3, $"only {killed} of 4 runs were killed before they finished");
        Assert.True(journaled.Count > 2000, $"two simulated days with bar events should journal more than {journaled.Count} alerts");
        Assert.Equal(journaled.Select(a => (a.Sequence, a.Type)), logged);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    /// <summary>Runs two simulated days of paper trading, killing the daemon with SIGKILL after the given numbers of
    /// alert lines, restarting it each time in the same data directory, then letting the last start finish.</summary>
    private async Task<RunResult> RunAsync(string name, int[] kills)
    {
        var dataDir = Path.Combine(directory, name);
        await using var webhook = new WebhookReceiver(DaemonProcess.FreePort());
        var environment = new Dictionary<string, string>
        {
            ["VIXSHIELD__Execution__Adapter"] = "paper",
            ["VIXSHIELD__Alerts__Webhook__Url"] = webhook.Url,
            ["VIXSHIELD__Alerts__Webhook__Types__bar"] = "Off",
        };
        string[] args = ["--speed", "max", "--duration", "2d", "--data-dir", dataDir, "--http-port", "0"];
        foreach (var alertLines in kills)
        {
            using var daemon = DaemonProcess.Start(environment, args);
            var exited = daemon.WaitForExitAsync(HangGuard);
            if (await Task.WhenAny(daemon.OutputLines(alertLines), exited) != exited)
            {
                daemon.Kill();
            }
        }

        using (var daemon = DaemonProcess.Start(environment, args))
        {
            Assert.True(await daemon.WaitForExitAsync(HangGuard) == 0, daemon.Error);
            await daemon.LogLine("Delivery to webhook stopped").WaitAsync(HangGuard);
        }

        var events = File.ReadAllLines(Path.Combine(dataDir, "events.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var statement = events.Last(e => e.GetProperty("type").GetString() == "account.statement").GetProperty("values");
        var received = webhook.Received;
        return new RunResult(
            [.. received.Select(r => r.Key)],
            received.Where(r => r.Type == "order.accepted").Select(r => r.ClientOrderId!).Order().ToList(),
            statement.GetProperty("closing_equity").GetDecimal().ToString(CultureInfo.InvariantCulture) + " with "
                + statement.GetProperty("open_positions").GetInt32().ToString(CultureInfo.InvariantCulture) + " open positions");
    }

    private sealed record RunResult(List<string> Keys, List<string> OrderIds, string LastStatement);
}
