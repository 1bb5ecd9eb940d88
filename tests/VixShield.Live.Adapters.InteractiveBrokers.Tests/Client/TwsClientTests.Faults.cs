using System.Net;
using System.Net.Sockets;
using Polly;
using Polly.Retry;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.InteractiveBrokers.Client;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Adapters.InteractiveBrokers.Parsing;
using VixShield.Live.Adapters.InteractiveBrokers.Requests;
using VixShield.Live.Adapters.InteractiveBrokers.Tests.Support;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Client;

/// <summary>TWS's habits: drops, garbage, oversized frames, silence, old versions, busy client ids, pacing.</summary>
public sealed partial class TwsClientTests
{
    [Fact]
    public async Task Events_ServerDropsConnection_ReportsLostThenReconnectsReadyForRequests()
    {
        await using var server = StartServer();
        await using var sut = CreateClient(server, new ManualTimeProvider(Start));
        var log = new EventLog(sut.Events);
        await sut.ConnectAsync(Guard);
        await log.NextAsync<ConnectionEstablished>(Guard);

        server.DropConnection();
        var lost = await log.NextAsync<ConnectionLost>(Guard);
        var again = await log.NextAsync<ConnectionEstablished>(Guard);
        await sut.SendAsync(new RequestCurrentTime(), Guard);
        var resent = await server.WaitForRequestAsync(r => r.Name == "REQ_CURRENT_TIME", Guard);

        Assert.Equal(2, resent.ConnectionNumber);
        Assert.True(lost.WillReconnect);
        Assert.IsNotType<TwsProtocolException>(lost.Error);
        Assert.Equal(2, again.SessionNumber);
        Assert.Equal(2, server.Connections.Count);
        Assert.Equal(2, server.Requests.Count(r => r.Name == "START_API"));
        Assert.True(sut.IsConnected);
    }

    [Fact]
    public async Task Events_FieldThatDoesNotParse_ReportsProtocolErrorAndClosesTheConnection()
    {
        await using var server = StartServer();
        await using var sut = CreateClient(server, new ManualTimeProvider(Start));
        var log = new EventLog(sut.Events);
        await sut.ConnectAsync(Guard);

        await server.SendAsync(new FakeTwsMessage(1, ["6", "1001", "4", "not-a-price", "0", "0"]), Guard);
        var lost = await log.NextAsync<ConnectionLost>(Guard);
        await server.Connections[0].Closed.WaitAsync(Guard);

        var error = Assert.IsType<TwsProtocolException>(lost.Error);
        Assert.Equal("price", error.FieldName);
        Assert.Contains("not-a-price", lost.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_RawGarbage_ReportsProtocolErrorAndClosesTheConnection()
    {
        await using var server = StartServer();
        await using var sut = CreateClient(server, new ManualTimeProvider(Start));
        var log = new EventLog(sut.Events);
        await sut.ConnectAsync(Guard);

        await server.SendRawAsync([0, 0, 0, 6, (byte)'%', 0xFF, (byte)'@', 0, (byte)'x', 0], Guard);
        var lost = await log.NextAsync<ConnectionLost>(Guard);
        await server.Connections[0].Closed.WaitAsync(Guard);

        Assert.IsType<TwsProtocolException>(lost.Error);
    }

    [Fact]
    public async Task Events_OversizedFrame_ReportsProtocolErrorAndClosesTheConnection()
    {
        await using var server = StartServer();
        await using var sut = CreateClient(server, new ManualTimeProvider(Start));
        var log = new EventLog(sut.Events);
        await sut.ConnectAsync(Guard);

        await server.SendOversizedFrameAsync(Guard);
        var lost = await log.NextAsync<ConnectionLost>(Guard);
        await server.Connections[0].Closed.WaitAsync(Guard);

        Assert.IsType<TwsProtocolException>(lost.Error);
        Assert.Contains("exceeds", lost.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectAsync_ServerNeverAnswers_TimesOutOnTheManualClock()
    {
        await using var server = StartServer();
        server.PlanConnections(FakeTwsConnectionBehavior.Silent);
        var clock = new ManualTimeProvider(Start);
        await using var sut = CreateClient(server, clock);

        var connecting = sut.ConnectAsync(Guard);
        await (await server.WaitForConnectionAsync(1, Guard)).HelloReceived.WaitAsync(Guard);
        Assert.False(connecting.IsCompleted);
        clock.Advance(TwsClientDefaults.HandshakeTimeout);
        var error = await Assert.ThrowsAsync<TwsConnectionException>(() => connecting.WaitAsync(Guard));

        Assert.Equal(TwsConnectionFailure.Timeout, error.Failure);
        await Assert.ThrowsAsync<TwsConnectionException>(async () => await sut.Events.Completion.WaitAsync(Guard));
    }

    [Fact]
    public async Task ConnectAsync_ServerBelowTheVersionFloor_RefusesWithAClearError()
    {
        await using var server = StartServer(serverVersion: 170);
        await using var sut = CreateClient(server, new ManualTimeProvider(Start));

        var error = await Assert.ThrowsAsync<TwsConnectionException>(() => sut.ConnectAsync(Guard).WaitAsync(Guard));

        Assert.Equal(TwsConnectionFailure.UnsupportedServerVersion, error.Failure);
        Assert.Contains("170", error.Message, StringComparison.Ordinal);
        Assert.Contains("176..193", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Requests, r => r.Name == "START_API");
    }

    [Fact]
    public async Task ConnectAsync_ClientIdInUse_FailsWithClientIdInUse()
    {
        await using var server = StartServer();
        server.PlanConnections(FakeTwsConnectionBehavior.RejectClientId);
        await using var sut = CreateClient(server, new ManualTimeProvider(Start));

        var error = await Assert.ThrowsAsync<TwsConnectionException>(() => sut.ConnectAsync(Guard).WaitAsync(Guard));

        Assert.Equal(TwsConnectionFailure.ClientIdInUse, error.Failure);
        Assert.Contains("client id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectAsync_NothingListening_FailsUnreachable()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var sut = new TwsClient(new TwsClientOptions { Port = port }, new ManualTimeProvider(Start), ResiliencePipeline.Empty);

        var error = await Assert.ThrowsAsync<TwsConnectionException>(() => sut.ConnectAsync(Guard).WaitAsync(Guard));

        Assert.Equal(TwsConnectionFailure.Unreachable, error.Failure);
        Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_DropThenRefusedAttempt_RetriesAfterThePipelinesBackoffOnTheManualClock()
    {
        var backoff = TimeSpan.FromSeconds(2);
        var time = new ObservableTimeProvider(Start);
        var pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<TwsConnectionException>(),
                MaxRetryAttempts = 3,
                Delay = backoff,
                BackoffType = DelayBackoffType.Constant,
                UseJitter = false,
            })
            .Build();
        await using var server = StartServer();
        await using var sut = CreateClient(server, time, pipeline);
        var log = new EventLog(sut.Events);
        await sut.ConnectAsync(Guard);
        await log.NextAsync<ConnectionEstablished>(Guard);
        server.PlanConnections(FakeTwsConnectionBehavior.CloseOnAccept);
        var backoffStarted = time.WaitForTimerAsync(backoff, Guard);

        server.DropConnection();
        await log.NextAsync<ConnectionLost>(Guard);
        await backoffStarted;
        var connectionsDuringBackoff = server.Connections.Count;
        time.Clock.Advance(backoff);
        var again = await log.NextAsync<ConnectionEstablished>(Guard);

        Assert.Equal(2, connectionsDuringBackoff);
        Assert.Equal(3, server.Connections.Count);
        Assert.Equal(2, again.SessionNumber);
    }

    [Fact]
    public async Task SendAsync_Burst_IsPacedOnTheManualClockAndKeepsOrder()
    {
        await using var server = StartServer();
        var clock = new ManualTimeProvider(Start);
        await using var sut = CreateClient(server, clock);
        await sut.ConnectAsync(Guard);
        clock.Advance(TimeSpan.FromSeconds(1));

        var sends = Enumerable.Range(1, 6).Select(i => sut.SendAsync(new CancelMarketData(i), Guard).AsTask()).ToList();
        await Task.WhenAll(sends.Take(TwsClientDefaults.MessageBurst)).WaitAsync(Guard);
        Assert.False(sends[4].IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(25));
        await sends[4].WaitAsync(Guard);
        Assert.False(sends[5].IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(25));
        await sends[5].WaitAsync(Guard);
        await server.WaitForRequestAsync(r => r.Name == "CANCEL_MKT_DATA" && r.Fields[1] == "6", Guard);

        Assert.Equal(
            ["1", "2", "3", "4", "5", "6"],
            server.Requests.Where(r => r.Name == "CANCEL_MKT_DATA").Select(r => r.Fields[1]));
    }

    [Fact]
    public async Task SendAsync_BeforeConnect_ThrowsNotConnected()
    {
        await using var server = StartServer();
        await using var sut = CreateClient(server, new ManualTimeProvider(Start));

        var error = await Assert.ThrowsAsync<TwsConnectionException>(async () => await sut.SendAsync(new RequestCurrentTime(), Guard));

        Assert.Equal(TwsConnectionFailure.NotConnected, error.Failure);
    }

    [Fact]
    public async Task DisconnectAsync_Connected_ClosesTheSocketAndCompletesEvents()
    {
        await using var server = StartServer();
        await using var sut = CreateClient(server, new ManualTimeProvider(Start));
        var log = new EventLog(sut.Events);
        await sut.ConnectAsync(Guard);

        await log.NextAsync<ConnectionEstablished>(Guard);

        await sut.DisconnectAsync(Guard);
        await server.Connections[0].Closed.WaitAsync(Guard);
        await log.ReadToEndAsync(Guard);

        Assert.False(sut.IsConnected);
        Assert.DoesNotContain(log.Seen, e => e is ConnectionLost);
        Assert.Single(server.Connections);
    }

    [Fact]
    public async Task Events_ConnectivityRestoredDataLost_IsClassifiedForResubscription()
    {
        await using var server = StartServer();
        await using var sut = CreateClient(server, new ManualTimeProvider(Start));
        var log = new EventLog(sut.Events);
        await sut.ConnectAsync(Guard);

        await server.SendAsync(FakeTwsMessages.Error(-1, 1101, "Connectivity between IB and TWS has been restored- data lost."), Guard);
        var notice = await log.NextAsync<ErrorMessageReceived>(Guard, e => e.Code == 1101);

        Assert.Equal(TwsConnectionNotice.ConnectivityRestoredDataLost, notice.Notice);
        Assert.True(sut.IsConnected);
    }
}
