using System.Net.Sockets;
using System.Threading.Channels;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Adapters.InteractiveBrokers.Parsing;

namespace VixShield.Live.Adapters.InteractiveBrokers.Client;

/// <summary>One TCP connection to TWS, from handshake to close, with its single reader loop.</summary>
/// <remarks>
/// The reader loop is the only code that reads the socket. It decodes each frame and writes the event to the
/// client's bounded channel (waiting when full), so no caller code ever runs on it. It completes
/// <see cref="Ready"/> at NEXT_VALID_ID (then tells the client to route requests here, then publishes
/// <c>ConnectionEstablished</c>) and <see cref="Completion"/> with the reason the connection ended.
/// </remarks>
internal sealed class TwsSession : IAsyncDisposable
{
    private readonly Socket socket;
    private readonly TimeProvider timeProvider;
    private readonly ChannelWriter<TwsEvent> events;
    private readonly Action<int> observeNextValidId;
    private readonly Action<TwsSession> activate;
    private readonly CancellationTokenSource stopping = new();
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? readerStopping;
    private Task<TwsSessionEnd>? completion;
    private int closed;

    public TwsSession(
        Socket socket,
        int sessionNumber,
        TimeProvider timeProvider,
        ChannelWriter<TwsEvent> events,
        Action<int> observeNextValidId,
        Action<TwsSession> activate)
    {
        this.socket = socket;
        this.timeProvider = timeProvider;
        this.events = events;
        this.observeNextValidId = observeNextValidId;
        this.activate = activate;
        SessionNumber = sessionNumber;
        Stream = new NetworkStream(socket, ownsSocket: false);
        Frames = new TwsFrameReader(Stream);
    }

    public NetworkStream Stream { get; }

    public TwsFrameReader Frames { get; }

    public int SessionNumber { get; }

    public int ServerVersion { get; private set; }

    public string ConnectionTime { get; private set; } = string.Empty;

    /// <summary>Completes at NEXT_VALID_ID; faults if the connection ends first or TWS rejects the client id.</summary>
    public Task Ready => ready.Task;

    public bool IsReady => ready.Task.IsCompletedSuccessfully;

    /// <summary>Why the connection ended; never faults.</summary>
    public Task<TwsSessionEnd> Completion => completion ?? throw new InvalidOperationException("the reader loop has not started");

    public void Accept(TwsServerHello hello)
    {
        ServerVersion = hello.ServerVersion;
        ConnectionTime = hello.ConnectionTime;
    }

    public void StartReading(CancellationToken clientStopping)
    {
        readerStopping = CancellationTokenSource.CreateLinkedTokenSource(clientStopping, stopping.Token);
        var token = readerStopping.Token;
        completion = Task.Run(() => ReadLoopAsync(token), CancellationToken.None);
    }

    /// <summary>Closes the socket; the reader loop ends and the peer sees the close.</summary>
    public void Close()
    {
        if (Interlocked.Exchange(ref closed, 1) != 0)
        {
            return;
        }

        stopping.Cancel();
        try
        {
            socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // The peer already reset the connection: nothing left to shut down.
        }
        catch (ObjectDisposedException)
        {
            // Already disposed by a concurrent close.
        }

        socket.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        Close();
        if (completion is not null)
        {
            await completion.ConfigureAwait(false);
        }

        await Stream.DisposeAsync().ConfigureAwait(false);
        readerStopping?.Dispose();
        stopping.Dispose();
    }

    private async Task<TwsSessionEnd> ReadLoopAsync(CancellationToken cancellationToken)
    {
        TwsSessionEnd end;
        try
        {
            end = await ReadFramesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (TwsProtocolException exception)
        {
            end = new TwsSessionEnd("TWS sent bytes that break the protocol: " + exception.Message, exception);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            end = new TwsSessionEnd("closed by the client", null);
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException)
        {
            end = new TwsSessionEnd("reading from TWS failed: " + exception.Message, exception);
        }

        ready.TrySetException(new TwsConnectionException(
            end.Error is TwsConnectionException rejected ? rejected.Failure : TwsConnectionFailure.ClosedDuringHandshake,
            "the connection ended before TWS sent NEXT_VALID_ID: " + end.Reason,
            end.Error));
        Close();
        return end;
    }

    private async Task<TwsSessionEnd> ReadFramesAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var frame = await Frames.ReadFrameAsync(cancellationToken).ConfigureAwait(false);
            if (frame is not { } payload)
            {
                return new TwsSessionEnd("TWS closed the connection", null);
            }

            var receivedTime = timeProvider.GetCurrentInstant();
            var decoded = TwsMessageDecoder.Decode(payload.Span, ServerVersion, receivedTime);
            await events.WriteAsync(decoded, cancellationToken).ConfigureAwait(false);
            switch (decoded)
            {
                case NextValidIdReceived next:
                    observeNextValidId(next.OrderId);
                    if (!IsReady)
                    {
                        // Ready and active before ConnectionEstablished is visible, so a consumer that resubscribes
                        // on that event can send at once.
                        ready.TrySetResult();
                        activate(this);
                        var established = new ConnectionEstablished(ServerVersion, ConnectionTime, SessionNumber) { ReceivedTime = receivedTime };
                        await events.WriteAsync(established, cancellationToken).ConfigureAwait(false);
                    }

                    break;
                case ErrorMessageReceived { Notice: TwsConnectionNotice.ClientIdInUse } rejection when !IsReady:
                    var error = new TwsConnectionException(TwsConnectionFailure.ClientIdInUse, "TWS rejected the client id: " + rejection.Message);
                    return new TwsSessionEnd(error.Message, error);
            }
        }
    }
}
