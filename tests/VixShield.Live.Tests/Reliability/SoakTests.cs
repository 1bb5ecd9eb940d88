using System.Globalization;
using System.Text.Json;
using VixShield.Live.Tests.Hosting;

namespace VixShield.Live.Tests.Reliability;

/// <summary>A bounded soak: paper trading on the simulated market for a month of trading days at full speed, with the
/// webhook failing at random (500, 503, hang, reset) and the daemon killed with SIGKILL at a random point and
/// restarted; then every invariant that must survive that is checked.</summary>
/// <remarks>
/// <para>Invariants: the journal holds each alert once; the webhook gets each journaled alert in journal order, with at
/// most one repeat (same Idempotency-Key) for the kill; no order is placed twice; each fill belongs to an accepted order;
/// the daily paper statements chain and add up (P&amp;L = trades - fees + settlements + marks; fees = the fills' fees);
/// the event log repeats nothing and holds nothing the journal lacks; peak RSS stays under 300 MB.</para>
/// <para>Longer manual run: <c>VIXSHIELD_SOAK_DAYS=250 VIXSHIELD_SOAK_SEED=7 dotnet test tests/VixShield.Live.Tests
/// --filter FullyQualifiedName~SoakTests</c> (days are trading days; the default is 21, about 30 s on two cores).</para>
/// </remarks>
public sealed class SoakTests : IDisposable
{
    public const string DaysVariable = "VIXSHIELD_SOAK_DAYS";
    public const string SeedVariable = "VIXSHIELD_SOAK_SEED";
    private const int DefaultDays = 21;
    private const int DefaultSeed = 2026;
    private const long MemoryLimitBytes = 300L * 1024 * 1024;
    private static readonly WebhookFault[] FaultKinds = [WebhookFault.ServerError, WebhookFault.Unavailable, WebhookFault.Hang, WebhookFault.Reset];
    private readonly string directory = Directory.CreateTempSubdirectory("vixshield-soak-").FullName;
    private int faulting = 1;

    [Fact]
    public async Task Run_TradingMonthWithWebhookFaultsAndAKillMidway_KeepsEveryInvariant()
    {
        var days = Setting(DaysVariable, DefaultDays);
        var seed = Setting(SeedVariable, DefaultSeed);
        var random = new Random(seed);
        var faultPlan = Enumerable.Range(0, 100_000).Select(_ => random.Next(10) == 0 ? FaultKinds[random.Next(FaultKinds.Length)] : WebhookFault.None).ToArray();
        var killAfterLines = random.Next(days * 2, days * 6);
        var hangGuard = TimeSpan.FromSeconds(60 + (days * 20));
        var dataDir = Path.Combine(directory, "data");
        await using var webhook = new FlakyWebhookReceiver(
            DaemonProcess.FreePort(), attempt => Volatile.Read(ref faulting) == 1 && attempt < faultPlan.Length ? faultPlan[attempt] : WebhookFault.None);
        webhook.Start();
        string[] args = ["--speed", "max", "--duration", days.ToString(CultureInfo.InvariantCulture) + "d", "--data-dir", dataDir, "--http-port", "0"];
        var environment = DaemonEnvironment(webhook.Url);
        var peaks = new List<long>();

        using (var killed = DaemonProcess.Start(environment, args))
        {
            var exited = killed.WaitForExitAsync(hangGuard);
            Assert.True(await Task.WhenAny(killed.OutputLines(killAfterLines), exited) != exited, $"seed {seed}: the run ended before {killAfterLines} alert lines");
            peaks.Add(ProcessMemory.PeakResidentBytes(dataDir) ?? 0);
            killed.Kill();
        }

        string stopLog;
        using (var restarted = DaemonProcess.Start(environment, args))
        {
            await restarted.LogLine("finished its data").WaitAsync(hangGuard);
            Volatile.Write(ref faulting, 0);
            await restarted.LogLine("Processed").WaitAsync(hangGuard);
            peaks.Add(ProcessMemory.PeakResidentBytes(dataDir) ?? 0);
            Assert.True(await restarted.WaitForExitAsync(hangGuard) == 0, restarted.Error);
            stopLog = restarted.Error;
        }

        var journal = StateJournal.Read(Path.Combine(dataDir, "vixshield-state.db"));
        var context = $"seed {seed}, {days} days, killed after {killAfterLines} lines";
        Assert.Contains("Delivery to webhook stopped", stopLog, StringComparison.Ordinal);
        Assert.Contains(" 0 pending in the outbox", stopLog, StringComparison.Ordinal);
        AssertJournalHoldsEachAlertOnce(journal, context);
        AssertWebhookGotEachAlertOnceInOrder(journal, webhook, context);
        AssertNoOrderTwiceAndEveryFillBelongsToAnOrder(journal, context);
        AssertStatementsAddUp(journal, days, context);
        AssertEventLogRepeatsNothingAndInventsNothing(dataDir, journal, context);
        Assert.All(peaks, peak => Assert.True(peak is > 0 and < MemoryLimitBytes, $"{context}: peak RSS {peak / 1024 / 1024} MB"));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static int Setting(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    /// <summary>Paper trading, no bar events (a month of them is only disk traffic here), fast delivery retries.</summary>
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

    private static void AssertJournalHoldsEachAlertOnce(IReadOnlyList<JournaledAlert> journal, string context)
    {
        var repeated = journal.GroupBy(a => a.Sequence).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ToList();
        Assert.True(repeated.Count == 0, $"{context}: journaled twice: {string.Join("; ", repeated)}");
        Assert.Equal(journal.Select(a => a.Sequence).Order(), journal.Select(a => a.Sequence));
    }

    private static void AssertWebhookGotEachAlertOnceInOrder(IReadOnlyList<JournaledAlert> journal, FlakyWebhookReceiver webhook, string context)
    {
        var accepted = webhook.Accepted;
        var later = webhook.KeysSentAgainLater();
        Assert.True(later.Count <= 1, $"{context}: alerts sent again after others (at most one, for the kill): {string.Join(", ", later)}");
        var firstDeliveries = accepted.DistinctBy(a => a.Key).Select(a => (a.Sequence, a.Type)).ToList();
        Assert.Equal(journal.Select(a => (a.Sequence, a.Type)), firstDeliveries);
        Assert.Contains(webhook.Attempts, a => a.Fault != WebhookFault.None);
    }

    private static void AssertNoOrderTwiceAndEveryFillBelongsToAnOrder(IReadOnlyList<JournaledAlert> journal, string context)
    {
        var orders = journal.Where(a => a.Type == "order.accepted").Select(a => a.Text("client_order_id")).ToList();
        Assert.NotEmpty(orders);
        Assert.True(orders.Count == orders.Distinct().Count(), $"{context}: an order was placed twice: {string.Join(", ", orders)}");
        Assert.All(journal.Where(a => a.Type == "order.filled"), fill => Assert.Contains(fill.Text("client_order_id"), orders));
    }

    private static void AssertStatementsAddUp(IReadOnlyList<JournaledAlert> journal, int days, string context)
    {
        var statements = journal.Where(a => a.Type == "account.statement").ToList();
        Assert.True(statements.Count == days, $"{context}: {statements.Count} daily statements");
        var equity = statements[0].Money("opening_equity");
        foreach (var statement in statements)
        {
            var pnl = statement.Money("pnl");
            Assert.Equal(statement.Money("trades") - statement.Money("fees") + statement.Money("settlements") + statement.Money("mark_to_market"), pnl);
            Assert.Equal(equity, statement.Money("opening_equity"));
            equity += pnl;
            Assert.Equal(equity, statement.Money("closing_equity"));
        }

        var feesFromFills = journal.Where(a => a.Type == "order.filled").Sum(fill => fill.Money("fees"));
        Assert.Equal(feesFromFills, statements.Sum(s => s.Money("fees")));
    }

    private static void AssertEventLogRepeatsNothingAndInventsNothing(string dataDir, IReadOnlyList<JournaledAlert> journal, string context)
    {
        var logged = File.ReadLines(Path.Combine(dataDir, "events.jsonl")).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("seq").GetInt64()).ToList();
        var journaled = journal.Select(a => a.Sequence).ToHashSet();
        Assert.True(logged.Count == logged.Distinct().Count(), $"{context}: the event log repeats alerts");
        Assert.All(logged, seq => Assert.Contains(seq, journaled));
    }
}
