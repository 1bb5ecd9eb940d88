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
using VixShield.Live.Adapters.Notifications.Memory;
using VixShield.Live.Engine.Control;
using VixShield.Live.Http;
using VixShield.Live.Configuration;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Engine.Alerts;
using VixShield.Live.Engine.Pipeline;

namespace VixShield.Live.Hosting;

/// <summary>Composition root of <c>vixshield run</c>: builds the generic host from validated configuration and runs it.</summary>
public static class DaemonHost
{
    public static async Task<int> RunAsync(IConfiguration rawConfiguration, DaemonConfiguration configuration, string? configPath, TextWriter alertOutput, TextWriter errorOutput, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var dataDirectory = Path.GetFullPath(configuration.Daemon.DataDirectory);
        Directory.CreateDirectory(dataDirectory);
        Environment.ExitCode = 0;

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            Args = [],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        using var serilog = CreateLogger(rawConfiguration, dataDirectory);
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(serilog, dispose: false);
        builder.Services.Configure<HostOptions>(options =>
        {
            options.ShutdownTimeout = configuration.Daemon.ShutdownTimeout;
            options.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost;
        });

        var calendar = new NyseTradingCalendar();
        var feedPlan = FeedPlan.Create(configuration, calendar);
        builder.Services.AddSingleton<ITradingCalendar>(calendar);
        builder.Services.AddSingleton(configuration.Engine);
        builder.Services.AddSingleton(feedPlan);
        builder.Services.AddSingleton<TimeProvider>(feedPlan.MarketClock);
        builder.Services.AddSingleton(new WallClock(TimeProvider.System));
        IMarketDataFeed feed;
        using (var loggerFactory = new SerilogLoggerFactory(serilog))
        {
            try
            {
                feed = FeedFactory.Create(configuration, feedPlan, calendar, loggerFactory);
            }
            catch (ReplayDataException ex)
            {
                await errorOutput.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                return 2;
            }
        }

        builder.Services.AddSingleton(feed);
        builder.Services.AddSingleton<EngineChannels>();
        builder.Services.AddSingleton(sp => new DecisionLoop(
            sp.GetRequiredService<EngineChannels>().Inbound.Reader,
            sp.GetRequiredService<EngineChannels>().Alerts.Writer,
            calendar,
            configuration.Engine,
            feedPlan.WatchStaleness,
            sp.GetRequiredService<ILogger<DecisionLoop>>()));
        builder.Services.AddSingleton(new DataDirectoryPath(dataDirectory));
        builder.Services.AddSingleton(new RecentAlertsSink());
        builder.Services.AddSingleton(new OperatorControls(killSwitchAtStart: false));
        builder.Services.AddSingleton(sp => CreateSinks(configuration.Alerts, dataDirectory, alertOutput, calendar, sp.GetRequiredService<RecentAlertsSink>()));
        builder.Services.AddSingleton(sp => new AlertPump(
            sp.GetRequiredService<EngineChannels>().Alerts.Reader,
            sp.GetRequiredService<IReadOnlyList<IAlertSink>>(),
            configuration.Engine.AlertBatchSize,
            sp.GetRequiredService<ILogger<AlertPump>>()));
        builder.Services.AddHostedService<DaemonService>();
        if (configuration.Http.Port != 0)
        {
            builder.Services.AddSingleton(configuration.Http);
            builder.Services.AddSingleton<Serilog.ILogger>(serilog);
            builder.Services.AddSingleton<StatusProvider>();
            builder.Services.AddSingleton<PrometheusMetrics>();
            builder.Services.AddHostedService<OperatorWebServer>();
        }

        var host = builder.Build();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("VixShield.Live");
        logger.LogInformation(
            "VixShield.Live starting: config {Config}; feed {Feed}; {Plan}; data directory {DataDirectory}",
            configPath ?? "(built-in defaults)", configuration.Feed.Kind, feedPlan.Describe(calendar), dataDirectory);
        var sinks = host.Services.GetRequiredService<IReadOnlyList<IAlertSink>>();
        try
        {
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var sink in sinks)
            {
                if (sink is IAsyncDisposable disposable)
                {
                    await disposable.DisposeAsync().ConfigureAwait(false);
                }
            }
        }

        logger.LogInformation("VixShield.Live stopped with exit code {ExitCode}", Environment.ExitCode);
        return Environment.ExitCode;
    }

    private static IReadOnlyList<IAlertSink> CreateSinks(AlertOptions options, string dataDirectory, TextWriter output, ITradingCalendar calendar, RecentAlertsSink recent)
    {
        var sinks = new List<IAlertSink> { recent };
        if (options.ConsoleEnabled)
        {
            sinks.Add(new ConsoleAlertSink(output, options.ConsoleMinimumSeverity, calendar.Zone));
        }

        if (options.JsonlEnabled)
        {
            sinks.Add(new JsonlFileAlertSink(Path.Combine(dataDirectory, options.JsonlFile), options.JsonlMinimumSeverity));
        }

        return sinks;
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
