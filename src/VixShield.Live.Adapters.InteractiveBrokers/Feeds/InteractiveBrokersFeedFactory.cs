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
    /// <param name="connectJitter">The seeded source of the reconnect jitter; null seeds one with the client id
    /// (<see cref="ConnectJitterFor"/>), so each client id has its own fixed sequence.</param>
    /// <exception cref="ArgumentException">An option is invalid; the message lists every problem with its key.</exception>
    public static InteractiveBrokersMarketDataFeed Create(
        InteractiveBrokersOptions options,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory,
        ITradingCalendar? calendar = null,
        Random? connectJitter = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var pipeline = CreateConnectPipeline(
            options, timeProvider, connectJitter ?? ConnectJitterFor(options), loggerFactory.CreateLogger(ConnectLogCategory), calendar);
        return new InteractiveBrokersMarketDataFeed(options, timeProvider, pipeline, loggerFactory.CreateLogger<InteractiveBrokersMarketDataFeed>(), calendar);
    }

    /// <summary>The reconnect jitter source used when the host passes none: seeded with the client id, so the feed's and
    /// the execution adapter's connections (7 and 8 by default) back off differently yet the same on every run.</summary>
    public static Random ConnectJitterFor(InteractiveBrokersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Random(options.ClientId);
    }

    /// <summary>
    /// The <c>"tws-connect"</c> pipeline: a retry (<see cref="CreateConnectRetryOptions"/>) whose delays run on
    /// <paramref name="timeProvider"/> (<see cref="ResiliencePipelineBuilderBase.TimeProvider"/>), so tests advance them with a manual clock.
    /// </summary>
    /// <param name="jitter">The seeded source of the backoff's jitter; one per pipeline.</param>
    public static ResiliencePipeline CreateConnectPipeline(
        InteractiveBrokersOptions options, TimeProvider timeProvider, Random jitter, ILogger? logger = null, ITradingCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return new ResiliencePipelineBuilder { Name = InteractiveBrokersDefaults.ConnectPipelineName, TimeProvider = timeProvider }
            .AddRetry(CreateConnectRetryOptions(options, timeProvider, jitter, logger, calendar))
            .Build();
    }

    /// <summary>
    /// Exponential backoff from <see cref="InteractiveBrokersOptions.ConnectRetryDelay"/> up to
    /// <see cref="InteractiveBrokersOptions.ConnectRetryMaxDelay"/> with jitter from <paramref name="jitter"/>
    /// (<see cref="TwsConnectBackoff"/>: retry n waits between half and all of min(delay × 2ⁿ, max delay)), for
    /// <see cref="InteractiveBrokersOptions.ConnectRetryAttempts"/> attempts (0: for ever, <see cref="int.MaxValue"/>).
    /// Every <see cref="TwsConnectionException"/> is retried, 326 included (TWS frees a stale client id after a while),
    /// except an unsupported server version, which no retry fixes. Each outage is logged once (<see cref="ConnectFailureReporter"/>).
    /// </summary>
    /// <exception cref="ArgumentException">An option is invalid; the message lists every problem with its key.</exception>
    /// <param name="jitter">The seeded source of the backoff's jitter; Polly's own randomizer is never used.</param>
    public static RetryStrategyOptions CreateConnectRetryOptions(
        InteractiveBrokersOptions options, TimeProvider timeProvider, Random jitter, ILogger? logger = null, ITradingCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(jitter);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                "invalid Interactive Brokers settings: " + string.Join("; ", problems.Select(p => $"{p.Key} is '{p.Value}'; allowed: {p.Allowed}")),
                nameof(options));
        }

        var backoff = new TwsConnectBackoff(options.ConnectRetryDelay, options.ConnectRetryMaxDelay, jitter);
        var windows = new TwsResetWindows(options, (calendar ?? new NyseTradingCalendar()).Zone);
        var reporter = new ConnectFailureReporter(
            logger ?? NullLogger.Instance, windows, timeProvider, $"{options.Host}:{options.Port}", options.ClientId);
        return new RetryStrategyOptions
        {
            Name = InteractiveBrokersDefaults.ConnectPipelineName + "-retry",
            ShouldHandle = new PredicateBuilder().Handle<TwsConnectionException>(ShouldRetryConnect),
            MaxRetryAttempts = options.ConnectRetryAttempts == 0 ? int.MaxValue : options.ConnectRetryAttempts,
            // The generator decides every wait; with a constant, jitter-free base Polly draws no random number of its own.
            BackoffType = DelayBackoffType.Constant,
            UseJitter = false,
            Delay = options.ConnectRetryDelay,
            MaxDelay = options.ConnectRetryMaxDelay,
            DelayGenerator = arguments => ValueTask.FromResult<TimeSpan?>(backoff.NextDelay(arguments.AttemptNumber)),
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
