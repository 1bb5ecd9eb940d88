using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Adapters.Replay.Parsing;
using VixShield.Live.Abstractions.Alerts;
using VixShield.Live.Adapters.Notifications.Console;
using VixShield.Live.Adapters.Notifications.Files;
using VixShield.Live.Adapters.Notifications.Email;
using VixShield.Live.Adapters.Notifications.Memory;
using VixShield.Live.Adapters.Notifications.Outbox;
using VixShield.Live.Adapters.Notifications.Webhooks;
using VixShield.Live.Adapters.Sqlite;
using VixShield.Live.Adapters.Sqlite.Journal;
using VixShield.Live.Adapters.Sqlite.Outbox;
using VixShield.Live.Adapters.Sqlite.Snapshots;
using VixShield.Live.Engine.State;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Abstractions.State;
using Polly;
using Polly.Registry;
using VixShield.Live.Engine.Control;
using VixShield.Live.Http;
using VixShield.Live.Configuration;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Adapters.InteractiveBrokers.Client;
using VixShield.Live.Adapters.InteractiveBrokers.Parsing;
using VixShield.Live.Adapters.InteractiveBrokers.Feeds;
using VixShield.Live.Adapters.InteractiveBrokers.Execution;
using VixShield.Live.Adapters.Simulation;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Engine.Alerts;
using VixShield.Live.Rules.Blackouts;
using VixShield.Live.Rules.Hedging;
using VixShield.Live.Rules.Rulesets;
using VixShield.Live.Engine.Condors;
using VixShield.Live.Engine.Execution;
using VixShield.Live.Engine.Pipeline;

namespace VixShield.Live.Hosting;

/// <summary>Composition root of <c>vixshield run</c>: builds the generic host from validated configuration and runs it.</summary>
public static class DaemonHost
{
    /// <summary>Alerts read at a time while the event log catches up (at least the pump's batch size).</summary>
    private const int EventLogCatchUpPage = 1000;

    /// <param name="releaseKillSwitch">Start with the kill switch off although a live run's saved state has it on.</param>
    public static async Task<int> RunAsync(IConfiguration rawConfiguration, DaemonConfiguration configuration, string? configPath, TextWriter alertOutput, TextWriter errorOutput,
        bool releaseKillSwitch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var dataDirectory = Path.GetFullPath(configuration.Daemon.DataDirectory);
        try
        {
            Directory.CreateDirectory(dataDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await errorOutput.WriteLineAsync($"error: the data directory '{dataDirectory}' (Daemon:DataDirectory, --data-dir) cannot be created: {ex.Message}")
                .ConfigureAwait(false);
            return 2;
        }

        Environment.ExitCode = 0;

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            Args = [],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        Serilog.Core.Logger serilog;
        try
        {
            serilog = CreateLogger(rawConfiguration, dataDirectory);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or IOException or UnauthorizedAccessException
            or System.Reflection.TargetInvocationException)
        {
            // check-config checks the Serilog levels; the rest of the section (sinks, enrichers) only Serilog can load.
            await errorOutput.WriteLineAsync(
                $"error: logging cannot start; check the Serilog section of the configuration and that '{Path.Combine(dataDirectory, "logs")}' is writable: {ex.Message}")
                .ConfigureAwait(false);
            return 2;
        }

        using var serilogLifetime = serilog;
        builder.Services.AddSingleton<IHostLifetime, CommandLineLifetime>();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(serilog, dispose: false);
        builder.Services.Configure<HostOptions>(options =>
        {
            options.ShutdownTimeout = configuration.Daemon.ShutdownTimeout;
            options.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost;
        });

        SqliteStateDatabase database;
        try
        {
            database = SqliteStateDatabase.Open(dataDirectory, configuration.State, TimeProvider.System);
        }
        catch (StateStoreException ex)
        {
            await errorOutput.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return 2;
        }

        using var databaseLifetime = database;

        var calendar = new NyseTradingCalendar();
        var feedPlan = FeedPlan.Create(configuration, calendar);
        builder.Services.AddSingleton<ITradingCalendar>(calendar);
        builder.Services.AddSingleton(configuration.Engine);
        builder.Services.AddSingleton(feedPlan);
        builder.Services.AddSingleton<TimeProvider>(feedPlan.MarketClock);
        builder.Services.AddSingleton(new WallClock(TimeProvider.System));
        IMarketDataFeed feed;
        InlineExecution execution;
        var engineChannels = new EngineChannels(configuration.Engine);
        (InteractiveBrokersExecutionAdapter Adapter, ExecutionPump Pump, ExecutionChannels Channels, ExecutionSafetyGate Gate, OrderIntentReconciler Reconciler)? remote = null;
        IReadOnlyList<AlvhEngine> hedgeEngines;
        using (var loggerFactory = new SerilogLoggerFactory(serilog))
        {
            try
            {
                feed = FeedFactory.Create(configuration, feedPlan, calendar, loggerFactory);
                execution = ExecutionFactory.CreateInline(configuration, calendar, feedPlan.Start, loggerFactory);
                if (configuration.Execution.Adapter == ExecutionOptions.InteractiveBrokersAdapter)
                {
                    remote = ExecutionFactory.CreateRemote(configuration, calendar, engineChannels.Inbound.Writer, new SqliteEventJournal(database), loggerFactory);
                }
                hedgeEngines = CreateHedgeEngines(configuration, calendar);
            }
            catch (Exception ex) when (ex is ReplayDataException or RulesetException or EconomicCalendarException)
            {
                await errorOutput.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                return 2;
            }
        }

        builder.Services.AddSingleton(feed);
        builder.Services.AddSingleton(engineChannels);
        builder.Services.AddSingleton(sp => new DecisionLoop(
            sp.GetRequiredService<EngineChannels>().Inbound.Reader,
            sp.GetRequiredService<EngineChannels>().Alerts.Writer,
            calendar,
            configuration.Engine,
            feedPlan.WatchStaleness,
            sp.GetRequiredService<ILogger<DecisionLoop>>(),
            new StrategyOptions(),
            remote is null ? execution : null,
            hedgeEngines,
            remote is { } broker ? command => SubmitToBroker(broker.Channels, command) : null));
        if (remote is { } remotePath)
        {
            builder.Services.AddSingleton(remotePath.Adapter);
            builder.Services.AddSingleton(remotePath.Pump);
            builder.Services.AddSingleton(remotePath.Channels);
            builder.Services.AddSingleton(remotePath.Reconciler);
            builder.Services.AddHostedService<RemoteExecutionService>();
        }
        builder.Services.AddSingleton(new DataDirectoryPath(dataDirectory));
        var recentAlerts = new RecentAlertsSink();
        builder.Services.AddSingleton(recentAlerts);
        var controls = new OperatorControls(killSwitchAtStart: configuration.Execution.KillSwitch);
        builder.Services.AddSingleton(controls);
        builder.Services.AddSingleton(sp => new AlertPump(
            sp.GetRequiredService<EngineChannels>().Alerts.Reader,
            sp.GetRequiredService<IReadOnlyList<IAlertSink>>(),
            configuration.Engine.AlertBatchSize,
            sp.GetRequiredService<ILogger<AlertPump>>()));
        // Hosted services stop in reverse order: the delivery worker is registered first so that it stops last, after the
        // daemon has drained every alert into the outbox, and its final pass sends them.
        builder.Services.AddHostedService<AlertDeliveryWorker>();
        builder.Services.AddHostedService<DaemonService>();
        if (feedPlan.IsLive)
        {
            builder.Services.AddHostedService<HeartbeatService>();
            builder.Services.AddMarketSchedule(TimeProvider.System);
        }
        if (configuration.Http.Port != 0)
        {
            builder.Services.AddSingleton(configuration.Http);
            builder.Services.AddSingleton<Serilog.ILogger>(serilog);
            builder.Services.AddSingleton<StatusProvider>();
            builder.Services.AddSingleton<PrometheusMetrics>();
            builder.Services.AddSingleton<OperatorWebServer>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<OperatorWebServer>());
        }

        var stateStore = new SqliteStateStore(database);
        if (feedPlan.IsLive)
        {
            builder.Services.AddSingleton(sp => new SnapshotWriter(stateStore, sp.GetRequiredService<ILogger<SnapshotWriter>>()));
        }

        using var deliveryLoggers = new SerilogLoggerFactory(serilog);
        var deliveryLog = new AlertDeliveryLog(deliveryLoggers.CreateLogger<AlertDeliveryLog>(), TimeProvider.System, AlertDeliveryLog.DefaultReminderInterval);
        var delivery = CreateDelivery(configuration, database, calendar, deliveryLog);
        builder.Services.AddSingleton(delivery.Deliveries);
        IReadOnlyList<IAlertSink> localSinks;
        JsonlFileAlertSink? eventLogFile;
        try
        {
            (localSinks, eventLogFile) = CreateSinks(configuration.Alerts, dataDirectory, alertOutput, calendar, recentAlerts);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await errorOutput.WriteLineAsync($"error: the event log in '{dataDirectory}' cannot be opened for writing (Alerts:JsonlFile): {ex.Message}")
                .ConfigureAwait(false);
            return 2;
        }

        await using var eventLogLifetime = eventLogFile;
        var eventLog = eventLogFile is null
            ? null
            : new EventLogDelivery(delivery.Outbox, eventLogFile, configuration.State.Durability == SqliteDurability.Full,
                Math.Max(configuration.Engine.AlertBatchSize, EventLogCatchUpPage));
        builder.Services.AddSingleton<IReadOnlyList<IAlertSink>>([new JournalingAlertSink(delivery.Outbox, eventLog, localSinks, delivery.Deliveries)]);

        var host = builder.Build();
        var loop = host.Services.GetRequiredService<DecisionLoop>();
        bool warmedUp;
        try
        {
            if (feedPlan.IsLive && await HasSavedStateAsync(stateStore, cancellationToken).ConfigureAwait(false))
            {
                // The restore resets the indicators and replays the snapshot's bars, so a warm-up first would be thrown away.
                serilog.ForContext(typeof(HistoryWarmUp)).Information(
                    "Warm-up skipped: the saved engine state in {File} carries the indicators' recent bars, which the restore replays", database.FilePath);
                warmedUp = true;
            }
            else
            {
                warmedUp = await WarmUpAsync(loop, configuration, feedPlan, calendar, serilog, errorOutput, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A stop (SIGTERM) while TWS is asked for history: nothing has started, so stopping here is a clean stop.
            serilog.ForContext(typeof(DaemonHost)).Information("Stopped during the warm-up, before the feed started");
            await ((IAsyncDisposable)host).DisposeAsync().ConfigureAwait(false);
            return 0;
        }

        if (!warmedUp)
        {
            await ((IAsyncDisposable)host).DisposeAsync().ConfigureAwait(false);
            return 2;
        }
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("VixShield.Live");
        logger.LogInformation(
            "VixShield.Live starting: config {Config}; feed {Feed}; {Plan}; data directory {DataDirectory}",
            configPath ?? "(built-in defaults)", configuration.Feed.Kind, feedPlan.Describe(calendar), dataDirectory);
        var gate = remote?.Gate ?? execution.Gate;
        if (feedPlan.IsLive)
        {
            logger.LogInformation(
                "State database {File} ({Origin}): the engine state is saved there after every decision, order, fill and session change " +
                "(and at most once a market minute as bars close) and restored at start; alerts journaled there are never sent again",
                database.FilePath, database.CreatedNew ? "new" : "reopened");
            var release = releaseKillSwitch && !configuration.Execution.KillSwitch;
            if (!await EngineStateRestore.RunAsync(loop, stateStore, delivery.Outbox, database.FilePath, gate, controls,
                    TimeProvider.System.GetCurrentInstant(), release, logger, errorOutput, cancellationToken).ConfigureAwait(false))
            {
                await ((IAsyncDisposable)host).DisposeAsync().ConfigureAwait(false);
                return 2;
            }

            var snapshots = host.Services.GetRequiredService<SnapshotWriter>();
            snapshots.AlertsStored = host.Services.GetRequiredService<AlertPump>().WaitForDeliveredAsync;
            loop.UseCheckpoints(snapshots, remote?.Gate);
        }
        else
        {
            logger.LogInformation(
                "State database {File} ({Origin}): a {Feed} run rebuilds its state after a restart by playing the market again from its start " +
                "(the same events in the same order give exactly the same state, indicators and bars included), and alerts already journaled " +
                "there are not sent again; no engine snapshot is used or written", database.FilePath, database.CreatedNew ? "new" : "reopened",
                configuration.Feed.Kind);
        }

        ConnectControls(controls, gate, engineChannels);
        if (eventLog is not null && !await CatchUpEventLogAsync(eventLog, logger, errorOutput, cancellationToken).ConfigureAwait(false))
        {
            await ((IAsyncDisposable)host).DisposeAsync().ConfigureAwait(false);
            return 1;
        }

        if (configuration.Http.Port != 0 && !await OpenOperatorWindowAsync(host, errorOutput, cancellationToken).ConfigureAwait(false))
        {
            // Asynchronously: the web server among the services can only be disposed so.
            await ((IAsyncDisposable)host).DisposeAsync().ConfigureAwait(false);
            return 2;
        }

        try
        {
            // Started without the stop token: Host.StartAsync gives up with an exception when the token fires during the
            // start, and nothing then stops the services it already started. A SIGTERM during the start is instead a normal
            // stop right after it.
            await host.StartAsync(CancellationToken.None).ConfigureAwait(false);
            await host.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ((IAsyncDisposable)host).DisposeAsync().ConfigureAwait(false);
        }

        logger.LogInformation("VixShield.Live stopped with exit code {ExitCode}", Environment.ExitCode);
        return Environment.ExitCode;
    }

    /// <summary>A full command channel means the broker path is stuck: failing loudly stops the daemon, which is safer than
    /// deciding on while orders pile up unsent.</summary>
    private static void SubmitToBroker(ExecutionChannels channels, ExecutionCommand command)
    {
        if (!channels.Commands.Writer.TryWrite(command))
        {
            throw new InvalidOperationException($"the broker's command channel is full ({channels.Commands.Reader.Count} waiting); {command} was not sent");
        }
    }

    /// <summary>The trading ruleset first (its decisions become alerts and orders), then the comparison rulesets.</summary>
    private static IReadOnlyList<AlvhEngine> CreateHedgeEngines(DaemonConfiguration configuration, ITradingCalendar calendar)
    {
        var names = new List<string> { configuration.Alvh.Ruleset };
        names.AddRange(configuration.Alvh.EffectiveComparisonRulesets.Where(n => n != configuration.Alvh.Ruleset));
        return [.. names.Select(name => AlvhEngine.Create(configuration.Alvh, new PricingOptions(), calendar, configuration.ContentRoot, name))];
    }

    /// <summary>True when the state database holds an engine snapshot. An unreadable one counts as none here: the restore
    /// that follows reports it and stops the start.</summary>
    private static async Task<bool> HasSavedStateAsync(IStateStore store, CancellationToken cancellationToken)
    {
        try
        {
            return await store.LoadAsync(cancellationToken).ConfigureAwait(false) is not null;
        }
        catch (StateStoreException)
        {
            return false;
        }
    }

    /// <summary>Simulated runs get a generated past (the model before the start); replay files warm the indicators as
    /// they play, so their first days are the warm-up; live runs read the history files of <c>Feed:WarmUp:Files</c>, or
    /// without them ask TWS for its daily history.</summary>
    /// <returns>False when a history file is missing or bad: the error is written and the daemon does not start.</returns>
    private static async Task<bool> WarmUpAsync(
        DecisionLoop loop, DaemonConfiguration configuration, FeedPlan plan, ITradingCalendar calendar, Serilog.ILogger log,
        TextWriter errorOutput, CancellationToken cancellationToken)
    {
        if (configuration.Feed.Kind == FeedOptions.Replay)
        {
            log.Information("Indicators warm up on the first days of the replay files (no separate history)");
            return true;
        }

        if (configuration.Feed.Kind == FeedOptions.InteractiveBrokers)
        {
            var warmUp = configuration.Feed.WarmUp;
            var liveDay = HistoryWarmUp.LiveDay(calendar, plan.Start);
            WarmUpHistory history;
            if (warmUp.Files.Count > 0)
            {
                try
                {
                    history = HistoryWarmUp.FromFiles($"{WarmUpOptions.SectionName}:Files", warmUp.Files, warmUp.BadRowPolicy, calendar, liveDay, warmUp.StaleAfterSessions);
                }
                catch (ReplayDataException ex)
                {
                    await errorOutput.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                    return false;
                }
            }
            else
            {
                log.ForContext(typeof(HistoryWarmUp)).Information("Warm-up: no {Key} configured; asking TWS for the daily history of the last {Sessions} sessions",
                    $"{WarmUpOptions.SectionName}:Files", HistoryWarmUp.Sessions);
                try
                {
                    using var loggerFactory = new SerilogLoggerFactory(log);
                    history = await HistoryWarmUp.FromTwsAsync(configuration.InteractiveBrokers, loggerFactory, calendar, liveDay, warmUp.StaleAfterSessions,
                        warmUp.TwsHistoryTimeout, TimeProvider.System, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is TimeoutException or TwsConnectionException or TwsProtocolException or InteractiveBrokersRequestException)
                {
                    log.ForContext(typeof(HistoryWarmUp)).Warning("Indicators warm up from live bars as they close: {Reason}; daily and weekly signals stay unready for their warm-up periods", ex.Message);
                    HistoryWarmUp.LogReport(loop.WarmUp([]), log);
                    return true;
                }
            }

            HistoryWarmUp.Apply(loop, history, log);
            return true;
        }

        var options = new SimulatedMarketOptions { Seed = configuration.Simulation.Seed, Start = plan.Start };
        HistoryWarmUp.LogReport(loop.WarmUp(SimulatedWarmUp.Generate(options, calendar, plan.Start)), log);
        return true;
    }

    /// <summary>Pause and resume act on the safety gate at once (it is thread-safe); the kill switch also blocks new
    /// orders at once and then goes through the loop, which cancels the working orders on the venue.</summary>
    private static void ConnectControls(OperatorControls controls, ExecutionSafetyGate gate, EngineChannels channels)
    {
        controls.Changed += change =>
        {
            if (controls.IsKilled)
            {
                gate.ActivateKillSwitch(change);
                channels.Inbound.Writer.TryWrite(InboundEvent.ForQuery(new ActivateKillSwitch(change)));
            }
            else if (controls.IsPaused)
            {
                gate.Pause(change);
            }
            else
            {
                gate.Resume();
            }
        };
    }

    /// <summary>Listens before the host starts the feed: a port in use or an address not of this machine stops the daemon
    /// with one line and exit 2, before any alert is raised; the state database and the event log close as on any exit.</summary>
    private static async Task<bool> OpenOperatorWindowAsync(IHost host, TextWriter errorOutput, CancellationToken cancellationToken)
    {
        try
        {
            await host.Services.GetRequiredService<OperatorWebServer>().StartAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OperatorWindowBindException ex)
        {
            await errorOutput.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return false;
        }
    }

    /// <summary>Writes what an earlier run journaled but did not get into the event log, before any new alert.</summary>
    /// <returns>False when the file cannot be written: the daemon stops (exit 1) and the next start tries again.</returns>
    private static async Task<bool> CatchUpEventLogAsync(EventLogDelivery eventLog, Microsoft.Extensions.Logging.ILogger logger, TextWriter errorOutput, CancellationToken cancellationToken)
    {
        EventLogCatchUp caughtUp;
        try
        {
            caughtUp = await eventLog.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await errorOutput.WriteLineAsync($"error: the event log '{eventLog.Path}' (Alerts:JsonlFile) cannot be written: {ex.Message}").ConfigureAwait(false);
            return false;
        }
        catch (StateStoreException ex)
        {
            await errorOutput.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return false;
        }

        if (caughtUp.FoundAnything)
        {
            logger.LogWarning(
                "Event log {Path} caught up with the journal: {Written} alerts an earlier run journaled but did not write are now written " +
                "({AlreadyWritten} found already written, {TornBytes} bytes of an unfinished last line removed)",
                eventLog.Path, caughtUp.Written, caughtUp.AlreadyWritten, caughtUp.TornBytesRemoved);
        }

        return true;
    }

    private static (SqliteAlertOutbox Outbox, IReadOnlyList<OutboxDeliveryService> Deliveries) CreateDelivery(
        DaemonConfiguration configuration, SqliteStateDatabase database, ITradingCalendar calendar, IProgress<OutboxDeliveryStatus> progress)
    {
        var remote = new List<IAlertSink>();
        if (!string.IsNullOrWhiteSpace(configuration.Webhook.Url))
        {
            // A plain HttpClient: the factory's logging would write the URL, and the URL holds the webhook's secret.
            remote.Add(new WebhookAlertSink(new HttpClient(), configuration.Webhook, calendar.Zone));
        }

        if (!string.IsNullOrWhiteSpace(configuration.Email.Host))
        {
            remote.Add(new EmailAlertSink(configuration.Email, calendar.Zone));
        }

        var destinations = remote.Select(r => r.Name).ToList();
        if (configuration.Alerts.JsonlEnabled)
        {
            destinations.Add(EventLogDelivery.Destination);
        }

        var outbox = new SqliteAlertOutbox(database, destinations);
        var registry = new ResiliencePipelineRegistry<string>(new ResiliencePipelineRegistryOptions<string>
        {
            BuilderFactory = () => new ResiliencePipelineBuilder { TimeProvider = TimeProvider.System },
        });
        var deliveries = remote.Select((sink, index) =>
        {
            var name = sink is WebhookAlertSink ? AlertDeliveryOptions.WebhookPipelineName : AlertDeliveryOptions.EmailPipelineName;
            // One Random per destination: the pipelines retry concurrently and Random is not thread-safe, so a shared one
            // would make the jitter sequences depend on thread interleaving.
            var jitter = new Random(unchecked(configuration.Simulation.Seed + index));
            registry.TryAddBuilder(name, (pipeline, _) => pipeline.AddAlertDelivery(configuration.Delivery, jitter));
            return new OutboxDeliveryService(outbox, sink, registry.GetPipeline(name), configuration.Delivery, TimeProvider.System, progress);
        }).ToList();
        return (outbox, deliveries);
    }

    /// <summary>The ephemeral sinks (dashboard ring, console) and the event log, which the outbox keeps complete.</summary>
    private static (IReadOnlyList<IAlertSink> Ephemeral, JsonlFileAlertSink? EventLog) CreateSinks(
        AlertOptions options, string dataDirectory, TextWriter output, ITradingCalendar calendar, RecentAlertsSink recent)
    {
        var sinks = new List<IAlertSink> { recent };
        if (options.ConsoleEnabled)
        {
            sinks.Add(new ConsoleAlertSink(output, options.ConsoleMinimumSeverity, calendar.Zone));
        }

        var eventLog = options.JsonlEnabled
            ? new JsonlFileAlertSink(Path.Combine(dataDirectory, options.JsonlFile), options.JsonlMinimumSeverity)
            : null;
        return (sinks, eventLog);
    }

    /// <summary>Logs go to standard error (standard output carries the alert lines) and to a daily rolling file.</summary>
    private static Serilog.Core.Logger CreateLogger(IConfiguration configuration, string dataDirectory) =>
        new LoggerConfiguration()
            .MinimumLevel.Information()
            .ReadFrom.Configuration(configuration)
            .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose, outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
            .WriteTo.File(Path.Combine(dataDirectory, "logs", "vixshield-.log"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14)
            .CreateLogger();
}
