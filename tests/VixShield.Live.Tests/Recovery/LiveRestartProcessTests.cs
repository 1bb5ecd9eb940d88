using System.Globalization;
using System.Text.Json;
using NodaTime;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.Sqlite;
using VixShield.Live.Adapters.Sqlite.Snapshots;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Condors;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Engine.Condors;
using VixShield.Live.Engine.State;
using VixShield.Live.Rules.Hedging;
using VixShield.Live.Rules.Risk;
using VixShield.Live.Testing.Tws;
using VixShield.Live.Tests.Hosting;

namespace VixShield.Live.Tests.Recovery;

/// <summary><c>vixshield run --feed tws</c> against the fake TWS, started on a state database that holds a saved engine
/// state (written through the public store API): the run must say what it restored, show it, and keep it.</summary>
public sealed class LiveRestartProcessTests : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);
    private static readonly NyseTradingCalendar Calendar = new();
    private readonly string directory = Directory.CreateTempSubdirectory("vixshield-live-restart-").FullName;

    [Fact]
    public async Task Run_TwsFeedOnSavedStateWithCondorAndLayer_LogsWhatWasRestoredAndServesIt()
    {
        var saved = SavedState(TimeProvider.System.GetCurrentInstant() - Duration.FromHours(1));
        await SaveAsync(saved);
        await using var tws = FakeTwsServer.Start(new FakeTwsServerOptions { Script = new TwsFeedScript().Build() });
        var httpPort = DaemonProcess.FreePort();
        var condor = saved.Condors.Open[0].Proposal.Condor;

        using (var daemon = DaemonProcess.Start(
            "--feed", "tws", "--tws-port", tws.Port.ToString(CultureInfo.InvariantCulture), "--data-dir", directory,
            "--http-port", httpPort.ToString(CultureInfo.InvariantCulture)))
        {
            await daemon.LogLine("Operator's window at").WaitAsync(HangGuard);
            Assert.Contains($"restored 1 open condor(s) ({condor}", daemon.Error, StringComparison.Ordinal);
            Assert.Contains("1 hedge layer(s) of signal-layers (L1 3 x VIX", daemon.Error, StringComparison.Ordinal);
            Assert.Contains("alerts continue after #41", daemon.Error, StringComparison.Ordinal);
            Assert.Contains("ruleset ladder-442 has no saved state and starts flat", daemon.Error, StringComparison.Ordinal);
            Assert.Contains("Warm-up skipped: the saved engine state in", daemon.Error, StringComparison.Ordinal);
            Assert.DoesNotContain(tws.Requests, request => request.Name == "REQ_HISTORICAL_DATA");

            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}/") };
            var status = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/status", UriKind.Relative))).RootElement.GetProperty("snapshot");
            var shown = Assert.Single(status.GetProperty("condors").EnumerateArray());
            Assert.Equal(condor.Expiry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), shown.GetProperty("expiry").GetString());
            Assert.Equal(condor.ShortPutStrike, shown.GetProperty("shortPut").GetDecimal());
            Assert.Equal(condor.ShortCallStrike, shown.GetProperty("shortCall").GetDecimal());
            var layer = status.GetProperty("hedge").EnumerateArray().Single(v => v.GetProperty("name").GetString() == "L1");
            Assert.StartsWith("3 x VIX", layer.GetProperty("value").GetString(), StringComparison.Ordinal);

            daemon.Terminate();
            Assert.Equal(0, await daemon.WaitForExitAsync(HangGuard));
        }

        var kept = await LoadAsync();
        Assert.True(kept.MarketTime >= saved.MarketTime);
        Assert.Equal(condor.Expiry, Assert.Single(kept.Condors.Open).Proposal.Condor.Expiry);
        Assert.Contains(kept.Hedges[0].Layers, l => l.LayerId == "L1" && l.Holding is { Contracts: 3 });
    }

    [Fact]
    public async Task Run_SavedStateThatIsNotAnEngineSnapshot_RefusesToStartNamingTheFileAndKeepsIt()
    {
        using (var database = SqliteStateDatabase.Open(directory, new SqliteStateOptions(), TimeProvider.System))
        {
            await new SqliteStateStore(database).SaveAsync(
                new StateSnapshot(EngineSnapshotJson.FormatVersion, 5, Instant.FromUtc(2026, 3, 2, 15, 0), """{"positions":[],"owner":"another program"}"""),
                CancellationToken.None);
        }

        using var daemon = DaemonProcess.Start("--feed", "tws", "--tws-port", "1", "--data-dir", directory, "--http-port", "0");

        Assert.Equal(2, await daemon.WaitForExitAsync(HangGuard));
        var file = Path.Combine(directory, "vixshield-state.db");
        Assert.Contains($"error: State database '{file}': the engine snapshot", daemon.Error, StringComparison.Ordinal);
        Assert.Contains("'positions'", daemon.Error, StringComparison.Ordinal);
        Assert.Contains("left the file unchanged", daemon.Error, StringComparison.Ordinal);
        using var reopened = SqliteStateDatabase.Open(directory, new SqliteStateOptions(), TimeProvider.System);
        var kept = await new SqliteStateStore(reopened).LoadAsync(CancellationToken.None);
        Assert.Contains("another program", kept!.Payload, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    /// <summary>A state saved an hour ago: a condor expiring more than a week ahead, and 3 VIX calls held in layer L1 of
    /// the trading ruleset; alerts were numbered up to 41.</summary>
    private static EngineSnapshot SavedState(Instant marketTime)
    {
        var today = marketTime.InZone(Calendar.Zone).Date;
        var expiry = Calendar.NextTradingDay(today.PlusDays(7));
        var condor = new IronCondor(expiry, 5790m, 5795m, 5925m, 5930m, 1, 1.20m);
        var proposal = new CondorProposal(
            marketTime - Duration.FromMinutes(10),
            Calendar.GetSession(expiry)!.Close,
            8.0 / 365.0,
            5860m,
            5861.5,
            0.15,
            new CondorLeg(OptionRight.Put, 5790m, false, 3.10m, -0.12, 0.16),
            new CondorLeg(OptionRight.Put, 5795m, true, 3.40m, -0.16, 0.16),
            new CondorLeg(OptionRight.Call, 5925m, true, 3.20m, 0.15, 0.14),
            new CondorLeg(OptionRight.Call, 5930m, false, 2.30m, 0.11, 0.14),
            condor,
            []);
        var vixExpiry = new VixExpiries(Calendar).ExpiryOnOrAfter(today.PlusDays(30));
        var holding = new HedgeLayerHoldingState(Instrument.VixOption(vixExpiry, OptionRight.Call, 23m), new VixExpiries(Calendar).SettlementTime(vixExpiry),
            3, 1.60m, 1.65m, marketTime - Duration.FromMinutes(5), 72.5, false, 0.8);
        var trading = new AlvhEngineState("signal-layers", marketTime, marketTime, 1.1, double.NaN, double.NaN, new VolatilityIndexLevels(17.2m, null, 18.9m),
            -480m, 3, marketTime - Duration.FromMinutes(5), 1,
            [new HedgeLayerSlotState("L1", true, null, default, RiskLimitKind.None, holding)], [], null);
        return new EngineSnapshot(
            marketTime,
            41,
            new DecisionLoopState(null, false, 0, 0, [new Quote(MarketSymbol.Spx, 0m, 0m, 5858.25m, marketTime, marketTime)], [], null, marketTime, false),
            new BarHistoryState([], []),
            new CondorBookState(Instant.MaxValue, default, [new CondorPositionState(proposal, 38.1, 0.95m, [])], null),
            [trading],
            null,
            null,
            new Dictionary<string, JsonElement>(),
            []);
    }

    private async Task SaveAsync(EngineSnapshot snapshot)
    {
        using var database = SqliteStateDatabase.Open(directory, new SqliteStateOptions(), TimeProvider.System);
        await new SqliteStateStore(database).SaveAsync(EngineSnapshotJson.ToStored(snapshot), CancellationToken.None);
    }

    private async Task<EngineSnapshot> LoadAsync()
    {
        using var database = SqliteStateDatabase.Open(directory, new SqliteStateOptions(), TimeProvider.System);
        var stored = await new SqliteStateStore(database).LoadAsync(CancellationToken.None);
        return EngineSnapshotJson.Read(stored!);
    }
}
