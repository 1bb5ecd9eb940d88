using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace VixShield.Live.Testing.Tws;

/// <summary>
/// A stand-in for TWS on <c>127.0.0.1:0</c> (a real socket) that speaks the server side of the API protocol:
/// the <c>API\0</c> handshake, start-up messages after START_API, built-in answers to REQ_IDS and REQ_CURRENT_TIME,
/// scripted replies, and on demand the habits tests need: dropped connections, garbage, oversized frames,
/// byte-by-byte writes, connections that are accepted and never answered, and client-id rejection.
/// </summary>
/// <remarks>
/// Written from the protocol brief independently of the client under test. Everything it receives is recorded
/// (<see cref="Requests"/>); malformed client bytes are recorded in <see cref="ProtocolErrors"/> and close the
/// connection. Waits are event-driven (<see cref="WaitForRequestAsync"/>), never timed.
/// </remarks>
public sealed class FakeTwsServer : IAsyncDisposable
{
    private const int MaximumFrameLength = 0xFFFFFF;
    private static readonly byte[] ApiPrefix = "API\0"u8.ToArray();

    private readonly TcpListener listener;
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentQueue<FakeTwsConnectionBehavior> plannedBehaviors = new();
    private readonly object gate = new();
    private readonly List<FakeTwsConnection> connections = [];
    private readonly List<FakeTwsRequest> requests = [];
    private readonly List<string> protocolErrors = [];
    private readonly List<(Func<FakeTwsRequest, bool> Predicate, TaskCompletionSource<FakeTwsRequest> Completion)> requestWaiters = [];
    private readonly List<(int Number, TaskCompletionSource<FakeTwsConnection> Completion)> connectionWaiters = [];
    private readonly List<Task> serving = [];
    private readonly Task acceptLoop;

    private FakeTwsServer(FakeTwsServerOptions options)
    {
        Options = options;
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        acceptLoop = Task.Run(AcceptLoopAsync);
    }

    public FakeTwsServerOptions Options { get; }

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; }

    /// <summary>Where NEXT_VALID_ID comes from when set (a venue hands out ids above its orders, as TWS does);
    /// <see cref="FakeTwsServerOptions.NextValidId"/> otherwise.</summary>
    public Func<int>? NextValidIdSource { get; set; }

    /// <summary>When true every outgoing byte is written and flushed on its own, to exercise the client's partial reads.</summary>
    public bool WriteByteByByte { get; set; }

    public IReadOnlyList<FakeTwsConnection> Connections
    {
        get
        {
            lock (gate)
            {
                return connections.ToList();
            }
        }
    }

    public IReadOnlyList<FakeTwsRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return requests.ToList();
            }
        }
    }

    /// <summary>What was wrong with bytes the client sent (empty when the client spoke the protocol correctly).</summary>
    public IReadOnlyList<string> ProtocolErrors
    {
        get
        {
            lock (gate)
            {
                return protocolErrors.ToList();
            }
        }
    }

    public static FakeTwsServer Start(FakeTwsServerOptions? options = null) => new(options ?? new FakeTwsServerOptions());

    /// <summary>The behaviours of the next accepted connections, in order; later connections are normal.</summary>
    public void PlanConnections(params FakeTwsConnectionBehavior[] behaviors)
    {
        ArgumentNullException.ThrowIfNull(behaviors);
        foreach (var behavior in behaviors)
        {
            plannedBehaviors.Enqueue(behavior);
        }
    }

    /// <summary>Completes when connection number <paramref name="number"/> (1-based) has been accepted.</summary>
    public Task<FakeTwsConnection> WaitForConnectionAsync(int number, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (connections.Count >= number)
            {
                return Task.FromResult(connections[number - 1]);
            }

            var completion = new TaskCompletionSource<FakeTwsConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
            connectionWaiters.Add((number, completion));
            return completion.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The first received request (already or in future) that satisfies <paramref name="predicate"/>.</summary>
    public Task<FakeTwsRequest> WaitForRequestAsync(Func<FakeTwsRequest, bool> predicate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        lock (gate)
        {
            var existing = requests.FirstOrDefault(predicate);
            if (existing is not null)
            {
                return Task.FromResult(existing);
            }

            var completion = new TaskCompletionSource<FakeTwsRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            requestWaiters.Add((predicate, completion));
            return completion.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Sends <paramref name="message"/> on the most recent connection.</summary>
    public Task SendAsync(FakeTwsMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return SendRawAsync(message.ToFrame(), cancellationToken);
    }

    /// <summary>Sends arbitrary bytes (garbage, hand-made frames) on the most recent connection.</summary>
    public Task SendRawAsync(byte[] bytes, CancellationToken cancellationToken)
        => Latest().WriteAsync(bytes, WriteByteByByte, cancellationToken);

    /// <summary>Sends a length prefix of 16 MiB (one more than the protocol allows) followed by a few bytes.</summary>
    public Task SendOversizedFrameAsync(CancellationToken cancellationToken)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(bytes, MaximumFrameLength + 1);
        return SendRawAsync(bytes, cancellationToken);
    }

    /// <summary>Closes the most recent connection abruptly, as TWS does at its nightly restart.</summary>
    public void DropConnection() => Latest().Abort();

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        listener.Stop();
        foreach (var connection in Connections)
        {
            connection.Abort();
        }

        try
        {
            await acceptLoop.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The listener was stopped under the accept call.
        }

        Task[] running;
        lock (gate)
        {
            running = serving.ToArray();
        }

        await Task.WhenAll(running).ConfigureAwait(false);
        stopping.Dispose();
    }

    private FakeTwsConnection Latest()
    {
        lock (gate)
        {
            return connections.Count > 0 ? connections[^1] : throw new InvalidOperationException("no client has connected to the fake TWS");
        }
    }

    private async Task AcceptLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var socket = await listener.AcceptSocketAsync(stopping.Token).ConfigureAwait(false);
            socket.NoDelay = true;
            var behavior = plannedBehaviors.TryDequeue(out var planned) ? planned : FakeTwsConnectionBehavior.Normal;
            FakeTwsConnection connection;
            lock (gate)
            {
                connection = new FakeTwsConnection(connections.Count + 1, socket, behavior);
                connections.Add(connection);
                serving.Add(Task.Run(() => ServeAsync(connection)));
                foreach (var waiter in connectionWaiters.Where(waiter => waiter.Number == connection.Number).ToList())
                {
                    connectionWaiters.Remove(waiter);
                    waiter.Completion.TrySetResult(connection);
                }
            }
        }
    }

    private async Task ServeAsync(FakeTwsConnection connection)
    {
        var token = stopping.Token;
        try
        {
            if (connection.Behavior == FakeTwsConnectionBehavior.CloseOnAccept)
            {
                return;
            }

            var versionText = await ReadHelloAsync(connection, token).ConfigureAwait(false);
            if (versionText is null)
            {
                return;
            }

            connection.ReportHello(versionText);
            if (connection.Behavior == FakeTwsConnectionBehavior.Silent)
            {
                await DrainAsync(connection, token).ConfigureAwait(false);
                return;
            }

            if (!TryNegotiate(versionText, out var negotiated))
            {
                RecordError(connection, $"cannot negotiate a version from '{versionText}' with server maximum {Options.ServerVersion}");
                return;
            }

            connection.ServerVersion = negotiated;
            await connection.WriteAsync(
                FakeTwsMessage.Frame([negotiated.ToString(CultureInfo.InvariantCulture), Options.ConnectionTime]), WriteByteByByte, token)
                .ConfigureAwait(false);
            await ServeRequestsAsync(connection, token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client (or the test, or disposal) closed the connection.
        }
        finally
        {
            connection.Abort();
            connection.ReportClosed();
        }
    }

    private async Task ServeRequestsAsync(FakeTwsConnection connection, CancellationToken token)
    {
        while (true)
        {
            var fields = await ReadFrameAsync(connection, token).ConfigureAwait(false);
            if (fields is null)
            {
                return;
            }

            if (fields.Count == 0 || !int.TryParse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var messageId))
            {
                RecordError(connection, $"frame does not start with a numeric message id: [{string.Join("|", fields)}]");
                return;
            }

            var request = new FakeTwsRequest(connection.Number, messageId, FakeTwsRequestLayouts.Name(messageId), fields.Skip(1).ToList());
            Record(request);
            foreach (var reply in Reply(connection, request))
            {
                await connection.WriteAsync(reply.ToFrame(), WriteByteByByte, token).ConfigureAwait(false);
            }

            if (request.Name == "START_API" && connection.Behavior == FakeTwsConnectionBehavior.RejectClientId)
            {
                return;
            }
        }
    }

    private IReadOnlyList<FakeTwsMessage> Reply(FakeTwsConnection connection, FakeTwsRequest request)
    {
        switch (request.Name)
        {
            case "START_API" when connection.Behavior == FakeTwsConnectionBehavior.RejectClientId:
                return [FakeTwsMessages.Error(-1, 326, "Unable to connect as the client id is already in use. Retry with a unique client id.", connection.ServerVersion)];
            case "START_API":
                var startup = new List<FakeTwsMessage>
                {
                    FakeTwsMessages.ManagedAccounts(Options.Accounts),
                    FakeTwsMessages.NextValidId(NextValidIdSource?.Invoke() ?? Options.NextValidId),
                };
                if (Options.SendFarmNotices)
                {
                    startup.Add(FakeTwsMessages.Error(-1, 2104, "Market data farm connection is OK:usfarm", connection.ServerVersion));
                    startup.Add(FakeTwsMessages.Error(-1, 2106, "HMDS data farm connection is OK:ushmds", connection.ServerVersion));
                    startup.Add(FakeTwsMessages.Error(-1, 2158, "Sec-def data farm connection is OK:secdefnj", connection.ServerVersion));
                }

                return startup;
            case "REQ_IDS":
                return [FakeTwsMessages.NextValidId(NextValidIdSource?.Invoke() ?? Options.NextValidId)];
            case "REQ_CURRENT_TIME":
                return [FakeTwsMessages.CurrentTime(Options.NowEpochSeconds)];
            default:
                return Options.Script.Reply(request, connection.ServerVersion, Options.NowEpochSeconds);
        }
    }

    private async Task<string?> ReadHelloAsync(FakeTwsConnection connection, CancellationToken token)
    {
        var prefix = new byte[ApiPrefix.Length + 4];
        if (await connection.Stream.ReadAtLeastAsync(prefix, prefix.Length, throwOnEndOfStream: false, token).ConfigureAwait(false) < prefix.Length)
        {
            return null;
        }

        if (!prefix.AsSpan(0, ApiPrefix.Length).SequenceEqual(ApiPrefix))
        {
            RecordError(connection, "the hello does not start with API\\0");
            return null;
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(prefix.AsSpan(ApiPrefix.Length));
        if (length is <= 0 or > 1024)
        {
            RecordError(connection, $"the hello's version text length is {length}");
            return null;
        }

        var text = new byte[length];
        await connection.Stream.ReadExactlyAsync(text, token).ConfigureAwait(false);
        return Encoding.ASCII.GetString(text);
    }

    private async Task<List<string>?> ReadFrameAsync(FakeTwsConnection connection, CancellationToken token)
    {
        var header = new byte[4];
        var read = await connection.Stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, token).ConfigureAwait(false);
        if (read == 0)
        {
            return null;
        }

        if (read < header.Length)
        {
            RecordError(connection, "the client closed the connection inside a length prefix");
            return null;
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(header);
        if (length is <= 0 or > MaximumFrameLength)
        {
            RecordError(connection, $"the client sent a frame length of {length}");
            return null;
        }

        var payload = new byte[length];
        await connection.Stream.ReadExactlyAsync(payload, token).ConfigureAwait(false);
        if (payload[^1] != 0)
        {
            RecordError(connection, "the client's frame does not end with a NUL terminator");
            return null;
        }

        return Encoding.ASCII.GetString(payload, 0, payload.Length - 1).Split('\0').ToList();
    }

    private static async Task DrainAsync(FakeTwsConnection connection, CancellationToken token)
    {
        var sink = new byte[256];
        while (await connection.Stream.ReadAsync(sink, token).ConfigureAwait(false) > 0)
        {
        }
    }

    private bool TryNegotiate(string versionText, out int negotiated)
    {
        negotiated = 0;
        var text = versionText.Split(' ', 2)[0];
        if (!text.StartsWith('v'))
        {
            return false;
        }

        var range = text[1..].Split("..");
        if (!int.TryParse(range[0], NumberStyles.None, CultureInfo.InvariantCulture, out var minimum)
            || !int.TryParse(range[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var maximum))
        {
            return false;
        }

        negotiated = Math.Min(Options.ServerVersion, maximum);
        return negotiated >= minimum;
    }

    private void Record(FakeTwsRequest request)
    {
        lock (gate)
        {
            requests.Add(request);
            foreach (var waiter in requestWaiters.Where(waiter => waiter.Predicate(request)).ToList())
            {
                requestWaiters.Remove(waiter);
                waiter.Completion.TrySetResult(request);
            }
        }
    }

    private void RecordError(FakeTwsConnection connection, string error)
    {
        lock (gate)
        {
            protocolErrors.Add($"connection {connection.Number}: {error}");
        }
    }
}
