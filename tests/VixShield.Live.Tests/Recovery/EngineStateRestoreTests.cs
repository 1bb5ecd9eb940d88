using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Adapters.Sqlite;
using VixShield.Live.Adapters.Sqlite.Outbox;
using VixShield.Live.Adapters.Sqlite.Snapshots;
using VixShield.Live.Configuration;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Engine.Control;
using VixShield.Live.Engine.Execution;
using VixShield.Live.Engine.Pipeline;
using VixShield.Live.Engine.State;
using VixShield.Live.Hosting;
using VixShield.Live.Testing;

namespace VixShield.Live.Tests.Recovery;

/// <summary>The start-up restore of a live run against a real state database: switches, alert numbering, refusals.</summary>
public sealed class EngineStateRestoreTests : IDisposable
{
    private static readonly NyseTradingCalendar Calendar = new();
    private static readonly Instant ResumeAt = Some.NewYork(2026, 3, 2, 11, 0);
    private readonly string directory = Directory.CreateTempSubdirectory("vixshield-restore-").FullName;
    private readonly SqliteStateDatabase database;
    private readonly StringWriter error = new();

    public EngineStateRestoreTests() => database = SqliteStateDatabase.Open(directory, new SqliteStateOptions(), TimeProvider.System);

    public void Dispose()
    {
        database.Dispose();
        error.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task RunAsync_KillSwitchSavedOn_StaysOnUnlessReleased(bool release, bool expectedOn)
    {
        var before = Node();
        before.Gate.ActivateKillSwitch("operator at 10:15");
        await SaveAsync(before.Loop);
        var sut = Node();

        var started = await RestoreAsync(sut, release);

        Assert.True(started, error.ToString());
        Assert.Equal(expectedOn, sut.Gate.IsKillSwitchActive);
        Assert.Equal(expectedOn, sut.Controls.IsKilled);
    }

    [Fact]
    public async Task RunAsync_OutboxHoldsAlertsNumberedAfterTheSnapshot_NumberingContinuesAfterThem()
    {
        var before = Node();
        await SaveAsync(before.Loop);
        var outbox = new SqliteAlertOutbox(database, []);
        await outbox.EnqueueAsync([new Alert(57, "session.open", AlertSeverity.Info, ResumeAt, null, "stored after the snapshot", [])], CancellationToken.None);
        var sut = Node();

        Assert.True(await RestoreAsync(sut, release: false), error.ToString());
        sut.Loop.Process(InboundEvent.ForFeedStatus(new Abstractions.Feeds.FeedStatusChanged("tws", Abstractions.Feeds.FeedState.Connected, ResumeAt, "back")));

        Assert.Equal(58, Assert.Single(sut.Loop.PendingAlerts).Sequence);
    }

    [Fact]
    public async Task RunAsync_SnapshotOfAnotherFormat_RefusesNamingTheFile()
    {
        var before = Node();
        var stored = EngineSnapshotJson.ToStored(before.Loop.CaptureSnapshot()) with { FormatVersion = 7 };
        await new SqliteStateStore(database).SaveAsync(stored, CancellationToken.None);

        var started = await RestoreAsync(Node(), release: false);

        Assert.False(started);
        Assert.Contains($"State database '{database.FilePath}': the engine snapshot", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("is in format 7", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(7, (await new SqliteStateStore(database).LoadAsync(CancellationToken.None))!.FormatVersion);
    }

    private Task<bool> RestoreAsync(LiveNode node, bool release) =>
        EngineStateRestore.RunAsync(node.Loop, new SqliteStateStore(database), new SqliteAlertOutbox(database, []), database.FilePath, node.Gate, node.Controls,
            ResumeAt, release, NullLogger.Instance, error, CancellationToken.None);

    private async Task SaveAsync(DecisionLoop loop)
    {
        loop.Process(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Spx, 6000m, at: Some.NewYork(2026, 3, 2, 10, 30))));
        await new SqliteStateStore(database).SaveAsync(EngineSnapshotJson.ToStored(loop.CaptureSnapshot()), CancellationToken.None);
    }

    private static LiveNode Node()
    {
        var raw = ConfigurationLoader.Build(RepositoryPaths.Path("config", "appsettings.json"), new Dictionary<string, string?>(), out var path);
        var configuration = DaemonConfiguration.Load(raw, path);
        var execution = ExecutionFactory.CreateInline(configuration, Calendar, Some.SessionOpen, NullLoggerFactory.Instance);
        var loop = new DecisionLoop(Channel.CreateUnbounded<InboundEvent>().Reader, Channel.CreateUnbounded<Alert>().Writer, Calendar, configuration.Engine,
            watchStaleness: false, NullLogger<DecisionLoop>.Instance, execution: execution);
        return new LiveNode(loop, execution.Gate, new OperatorControls(killSwitchAtStart: false));
    }

    private sealed record LiveNode(DecisionLoop Loop, ExecutionSafetyGate Gate, OperatorControls Controls);
}
