using System.Threading.Channels;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Adapters.InteractiveBrokers.Execution;
using VixShield.Live.Adapters.InteractiveBrokers.Feeds;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Execution;

/// <summary>
/// The execution adapter against <see cref="FakeTwsServer"/> on a real loopback socket with a <see cref="FakeTwsVenue"/>
/// behind it, writing into a bounded channel. <see cref="RestartAsync"/> replaces the adapter by a new one on the same
/// server and venue, as a restarted daemon would find TWS.
/// </summary>
internal sealed class ExecutionHarness : IAsyncDisposable
{
    private readonly TimeProvider time;
    private readonly InteractiveBrokersExecutionOptions executionOptions;

    private ExecutionHarness(
        FakeTwsServer server, FakeTwsVenue venue, TimeProvider time, ChannelWriter<ExecutionEvent> events, InteractiveBrokersExecutionOptions executionOptions)
    {
        Server = server;
        Venue = venue;
        this.time = time;
        Events = events;
        this.executionOptions = executionOptions;
        Adapter = CreateAdapter();
    }

    public FakeTwsServer Server { get; }

    public FakeTwsVenue Venue { get; }

    public ChannelWriter<ExecutionEvent> Events { get; }

    public InteractiveBrokersExecutionAdapter Adapter { get; private set; }

    public static ExecutionHarness Create(
        IReadOnlyList<FakeTwsVenueContract> contracts,
        TimeProvider time,
        ChannelWriter<ExecutionEvent> events,
        FakeTwsServerOptions? serverOptions = null,
        InteractiveBrokersExecutionOptions? executionOptions = null)
    {
        var server = FakeTwsServer.Start(serverOptions);
        return new ExecutionHarness(server, new FakeTwsVenue(server, contracts), time, events, executionOptions ?? new InteractiveBrokersExecutionOptions());
    }

    /// <summary>Stops the adapter (closing its connection) and starts a new one, as after a daemon restart.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        await Adapter.DisposeAsync();
        Adapter = CreateAdapter();
        await Adapter.StartAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Adapter.DisposeAsync();
        await Venue.DisposeAsync();
        await Server.DisposeAsync();
    }

    private InteractiveBrokersExecutionAdapter CreateAdapter()
    {
        // Pacing as in the feed tests: a burst large enough that the manual clock never has to move for a test's messages.
        var connection = new InteractiveBrokersOptions { Port = Server.Port, MessagesPerSecond = 9, MessageBurst = 40 };
        var pipeline = InteractiveBrokersFeedFactory.CreateConnectPipeline(connection with { ClientId = executionOptions.ClientId }, time, new Random(executionOptions.ClientId));
        return new InteractiveBrokersExecutionAdapter(connection, executionOptions, time, pipeline, Events);
    }
}
