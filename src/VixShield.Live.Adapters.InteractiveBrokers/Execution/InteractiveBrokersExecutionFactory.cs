using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Adapters.InteractiveBrokers.Feeds;
using VixShield.Live.Domain.Calendar;

namespace VixShield.Live.Adapters.InteractiveBrokers.Execution;

/// <summary>Builds the TWS execution adapter for the host (<c>Execution:Adapter=ib</c>).</summary>
public static class InteractiveBrokersExecutionFactory
{
    /// <summary>The adapter on its own connection, with the feed's <c>"tws-connect"</c> backoff for its client id.
    /// The host must then await <see cref="InteractiveBrokersExecutionAdapter.StartAsync"/> before the engine submits
    /// or reconciles, and dispose it at shutdown.</summary>
    /// <param name="connection">The shared <c>InteractiveBrokers</c> settings (host, port, pacing, reconnect backoff).</param>
    /// <param name="connectJitter">The seeded source of the reconnect jitter; null seeds one with the execution client id
    /// (<see cref="InteractiveBrokersFeedFactory.ConnectJitterFor"/>).</param>
    /// <exception cref="ArgumentException">A setting is invalid; the message names the key.</exception>
    public static InteractiveBrokersExecutionAdapter Create(
        InteractiveBrokersOptions connection,
        InteractiveBrokersExecutionOptions options,
        TimeProvider timeProvider,
        ChannelWriter<ExecutionEvent> events,
        ILoggerFactory loggerFactory,
        ITradingCalendar? calendar = null,
        Random? connectJitter = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var execution = connection with { ClientId = options.ClientId };
        var pipeline = InteractiveBrokersFeedFactory.CreateConnectPipeline(
            execution,
            timeProvider,
            connectJitter ?? InteractiveBrokersFeedFactory.ConnectJitterFor(execution),
            loggerFactory.CreateLogger(InteractiveBrokersFeedFactory.ConnectLogCategory), calendar);
        return new InteractiveBrokersExecutionAdapter(
            execution, options, timeProvider, pipeline, events, loggerFactory.CreateLogger<InteractiveBrokersExecutionAdapter>());
    }
}
