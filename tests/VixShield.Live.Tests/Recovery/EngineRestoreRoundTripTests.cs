using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Abstractions.State.Json;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.Simulation;
using VixShield.Live.Configuration;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Engine.Condors;
using VixShield.Live.Engine.Pipeline;
using VixShield.Live.Engine.State;
using VixShield.Live.Hosting;
using VixShield.Live.Rules.Hedging;
using VixShield.Live.Testing;

namespace VixShield.Live.Tests.Recovery;

/// <summary>The decision loop as the daemon composes it (paper broker, every ruleset, simulated warm-up) run over three
/// simulated days once without a stop, and once stopped mid-session, its snapshot written to JSON, read back into a new
/// loop and resumed: everything after the stop must be identical.</summary>
public sealed class EngineRestoreRoundTripTests
{
    private static readonly NyseTradingCalendar Calendar = new();

    [Theory]
    [InlineData(3, 12, 0)]
    [InlineData(2, 15, 45)]
    public async Task Restore_SnapshotThroughJsonIntoANewLoop_ResumesExactlyAsTheUninterruptedRun(int day, int hour, int minute)
    {
        var configuration = Configuration();
        var start = Calendar.GetSession(new LocalDate(2026, 3, 2))!.Open;
        var split = new LocalDate(2026, 3, day).At(new LocalTime(hour, minute)).InZoneStrictly(Calendar.Zone).ToInstant();

        var reference = await RunAsync(configuration, start, split: null);
        var resumed = await RunAsync(configuration, start, split);

        Assert.InRange(resumed.SnapshotBytes, 1, 1_000_000);
        var expected = reference.Alerts.Where(a => a.Sequence > resumed.SequenceAtSplit).Select(Describe).ToList();
        var actual = resumed.Alerts.Where(a => a.Sequence > resumed.SequenceAtSplit).Select(Describe).ToList();
        Assert.Contains(expected, a => a.StartsWith("comparison.daily", StringComparison.Ordinal));
        Assert.Contains(expected, a => a.StartsWith("account.statement", StringComparison.Ordinal));
        Assert.Contains(expected, a => a.StartsWith("hedge.layer", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
        Assert.Equal(reference.FinalState, resumed.FinalState);
    }

    [Fact]
    public async Task Restore_SnapshotTakenWithOpenCondorLayerAndPaperPositions_HoldsThemAll()
    {
        var configuration = Configuration();
        var start = Calendar.GetSession(new LocalDate(2026, 3, 2))!.Open;
        var split = new LocalDate(2026, 3, 3).At(new LocalTime(12, 0)).InZoneStrictly(Calendar.Zone).ToInstant();

        var resumed = await RunAsync(configuration, start, split);

        var snapshot = resumed.SnapshotAtSplit!;
        var condor = Assert.Single(snapshot.Condors.Open);
        Assert.Equal(new LocalDate(2026, 3, 3), condor.Proposal.Expiry);
        Assert.Contains(snapshot.Hedges[0].Layers, layer => layer.Holding is not null);
        var paper = snapshot.VenueParts["paper-broker"];
        Assert.NotEmpty(paper.GetProperty("account").GetProperty("positions").EnumerateArray());
        Assert.Contains("1 open condor(s)", resumed.RestoreSummary, StringComparison.Ordinal);
        Assert.Contains("paper account PAPER", resumed.RestoreSummary, StringComparison.Ordinal);
        Assert.Contains("bars re-warmed (SPX 5m 600", resumed.RestoreSummary, StringComparison.Ordinal);
    }

    private static DaemonConfiguration Configuration()
    {
        var path = RepositoryPaths.Path("config", "appsettings.json");
        var raw = ConfigurationLoader.Build(path, new Dictionary<string, string?> { ["Execution:Adapter"] = "paper" }, out var resolved);
        var configuration = DaemonConfiguration.Load(raw, resolved);
        Assert.Empty(configuration.Problems);
        return configuration;
    }

    /// <summary>Plays three simulated days at full speed. With a split, the loop is stopped at the first event at or after
    /// it, its snapshot goes through the JSON of the state store into a new loop, and that loop plays the rest.</summary>
    private static async Task<RunResult> RunAsync(DaemonConfiguration configuration, Instant start, Instant? split)
    {
        var end = Calendar.GetSession(new LocalDate(2026, 3, 4))!.Close;
        var pacer = new MarketPacer(new ManualTimeProvider(start), TimeProvider.System, null);
        var feed = new SimulatedMarketDataFeed(new SimulatedMarketOptions { Seed = configuration.Simulation.Seed, Start = start, End = end }, pacer, Calendar);
        var source = Channel.CreateBounded<InboundEvent>(new BoundedChannelOptions(4096) { SingleReader = true, SingleWriter = true });
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var feeding = Task.Run(async () =>
        {
            await feed.RunAsync(source.Writer, stop.Token);
            source.Writer.Complete();
        });

        var alerts = new List<Alert>();
        var history = SimulatedWarmUp.Generate(new SimulatedMarketOptions { Seed = configuration.Simulation.Seed, Start = start }, Calendar, start);
        var current = Start(configuration, start, alerts, loop => loop.WarmUp(history));
        EngineSnapshot? atSplit = null;
        var bytes = 0;
        var summary = string.Empty;
        long sequenceAtSplit = 0;
        await foreach (var inbound in source.Reader.ReadAllAsync(stop.Token))
        {
            if (split is { } at && atSplit is null && inbound.EventTime >= at)
            {
                await current.StopAsync();
                var stored = EngineSnapshotJson.ToStored(current.Loop.CaptureSnapshot());
                bytes = stored.Payload.Length;
                atSplit = EngineSnapshotJson.Read(new StateSnapshot(stored.FormatVersion, stored.Watermark, stored.MarketTime, stored.Payload));
                sequenceAtSplit = atSplit.AlertSequence;
                var restored = atSplit;
                current = Start(configuration, atSplit.MarketTime, alerts, loop => summary = loop.Restore(restored, inbound.EventTime).Summary);
            }

            await current.Inbound.Writer.WriteAsync(inbound, stop.Token);
        }

        await feeding;
        await current.StopAsync();
        var final = JsonSerializer.Serialize(current.Loop.CaptureSnapshot() with { Bars = new BarHistoryState([], []) }, StateJson.Options);
        return new RunResult(alerts, final, atSplit, bytes, summary, sequenceAtSplit);
    }

    private static DecisionLoop Create(DaemonConfiguration configuration, Instant venueStart, Channel<InboundEvent> inbound, Channel<Alert> alerts)
    {
        var execution = ExecutionFactory.CreateInline(configuration, Calendar, venueStart, NullLoggerFactory.Instance);
        var rulesets = new List<string> { configuration.Alvh.Ruleset };
        rulesets.AddRange(configuration.Alvh.EffectiveComparisonRulesets.Where(name => name != configuration.Alvh.Ruleset));
        var engines = rulesets.Select(name => AlvhEngine.Create(configuration.Alvh, new PricingOptions(), Calendar, configuration.ContentRoot, name)).ToList();
        return new DecisionLoop(inbound.Reader, alerts.Writer, Calendar, configuration.Engine, watchStaleness: true, NullLogger<DecisionLoop>.Instance,
            new StrategyOptions(), execution, engines);
    }

    /// <summary>Builds a loop, prepares it (warm-up or restore) and runs it on its own channels.</summary>
    private static RunningLoop Start(DaemonConfiguration configuration, Instant venueStart, List<Alert> collected, Action<DecisionLoop> prepare)
    {
        var inbound = Channel.CreateUnbounded<InboundEvent>(new UnboundedChannelOptions { SingleReader = true });
        var alerts = Channel.CreateUnbounded<Alert>(new UnboundedChannelOptions { SingleReader = true });
        var loop = Create(configuration, venueStart, inbound, alerts);
        prepare(loop);
        var running = loop.RunAsync(CancellationToken.None);
        var draining = Task.Run(async () =>
        {
            await foreach (var alert in alerts.Reader.ReadAllAsync())
            {
                collected.Add(alert);
            }
        });
        return new RunningLoop(loop, inbound, alerts, running, draining);
    }

    private static string Describe(Alert alert) =>
        $"{alert.Type} #{alert.Sequence} {alert.EventTime} {alert.Instrument}: {alert.Reason} [{string.Join(", ", alert.Values.Select(v => $"{v.Name}={v}"))}]";

    private sealed record RunningLoop(DecisionLoop Loop, Channel<InboundEvent> Inbound, Channel<Alert> Alerts, Task Running, Task Draining)
    {
        public async Task StopAsync()
        {
            Inbound.Writer.Complete();
            await Running;
            Alerts.Writer.Complete();
            await Draining;
        }
    }

    private sealed record RunResult(List<Alert> Alerts, string FinalState, EngineSnapshot? SnapshotAtSplit, int SnapshotBytes, string RestoreSummary, long SequenceAtSplit);
}
