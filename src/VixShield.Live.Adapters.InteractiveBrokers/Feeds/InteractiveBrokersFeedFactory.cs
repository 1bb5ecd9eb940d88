using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using VixShield.Live.Adapters.InteractiveBrokers.Client;
using VixShield.Live.Domain.Calendar;

namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>Builds the TWS market-data feed and its <c>"tws-connect"</c> resilience pipeline for the host.</summary>
public static class InteractiveBrokersFeedFactory
{
    /// <summary>The category of the connect pipeline's log lines.</summary>
    public const string ConnectLogCategory = "VixShield.Live.Adapters.InteractiveBrokers.Feeds.TwsConnect";

    /// <summary>The feed, with a <c>"tws-connect"</c> pipeline on <paramref name="timeProvider"/> (<see cref="CreateConnectPipeline"/>).</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message lists every problem with its key.</exception>
    public static InteractiveBrokersMarketDataFeed Create(
        InteractiveBrokersOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory, ITradingCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var pipeline = CreateConnectPipeline(options, timeProvider, loggerFactory.CreateLogger(ConnectLogCategory), calendar);
        return new InteractiveBrokersMarketDataFeed(options, timeProvider, pipeline, loggerFactory.CreateLogger<InteractiveBrokersMarketDataFeed>(), calendar);
    }

    /// <summary>
    /// The <c>"tws-connect"</c> pipeline: a retry (<see cref="CreateConnectRetryOptions"/>) whose delays run on
    /// <paramref name="timeProvider"/> (<see cref="ResiliencePipelineBuilderBase.TimeProvider"/>), so tests advance them with a manual clock.
    /// </summary>
    public static ResiliencePipeline CreateConnectPipeline(
        InteractiveBrokersOptions options, TimeProvider timeProvider, ILogger? logger = null, ITradingCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return new ResiliencePipelineBuilder { Name = InteractiveBrokersDefaults.ConnectPipelineName, TimeProvider = timeProvider }
            .AddRetry(CreateConnectRetryOptions(options, timeProvider, logger, calendar))
            .Build();
    }

    /// <summary>
    /// Exponential backoff from <see cref="InteractiveBrokersOptions.ConnectRetryDelay"/> up to
    /// <see cref="InteractiveBrokersOptions.ConnectRetryMaxDelay"/> with Polly's jitter, for
    /// <see cref="InteractiveBrokersOptions.ConnectRetryAttempts"/> attempts (0: for ever, <see cref="int.MaxValue"/>).
    /// Every <see cref="TwsConnectionException"/> is retried, 326 included (TWS frees a stale client id after a while),
    /// except an unsupported server version, which no retry fixes. Each outage is logged once (<see cref="ConnectFailureReporter"/>).
    /// </summary>
    public static RetryStrategyOptions CreateConnectRetryOptions(
        InteractiveBrokersOptions options, TimeProvider timeProvider, ILogger? logger = null, ITradingCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var windows = new TwsResetWindows(options, (calendar ?? new NyseTradingCalendar()).Zone);
        var reporter = new ConnectFailureReporter(
            logger ?? NullLogger.Instance, windows, timeProvider, $"{options.Host}:{options.Port}", options.ClientId);
        return new RetryStrategyOptions
        {
            Name = InteractiveBrokersDefaults.ConnectPipelineName + "-retry",
            ShouldHandle = new PredicateBuilder().Handle<TwsConnectionException>(ShouldRetryConnect),
            MaxRetryAttempts = options.ConnectRetryAttempts == 0 ? int.MaxValue : options.ConnectRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.ConnectRetryDelay,
            MaxDelay = options.ConnectRetryMaxDelay,
            OnRetry = arguments =>
            {
                reporter.Report(arguments.Outcome.Exception, arguments.AttemptNumber, arguments.RetryDelay);
                return default;
            },
        };
    }

    /// <summary>True for every connection failure a later attempt may fix (all but an unsupported server version).</summary>
    public static bool ShouldRetryConnect(TwsConnectionException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Failure != TwsConnectionFailure.UnsupportedServerVersion;
    }
}
