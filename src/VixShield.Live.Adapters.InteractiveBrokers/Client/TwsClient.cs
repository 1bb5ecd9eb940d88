using System.Net.Sockets;
using System.Threading.Channels;
using Polly;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Adapters.InteractiveBrokers.Parsing;
using VixShield.Live.Adapters.InteractiveBrokers.Requests;

namespace VixShield.Live.Adapters.InteractiveBrokers.Client;

/// <summary>A TWS / IB Gateway API connection over TCP: handshake, paced requests, typed events, reconnection.</summary>
/// <remarks>
/// <para>
/// Single use: <see cref="ConnectAsync"/> once, then <see cref="SendAsync"/> any number of times, then
/// <see cref="DisconnectAsync"/>. Everything TWS sends arrives on <see cref="Events"/>, a bounded channel with one
/// reader (the adapter's dispatch loop); the socket's reader loop waits when it is full and never runs caller code.
/// </para>
/// <para>
/// Each connection attempt (TCP connect within the connect timeout, the <c>v100..193</c> handshake, START_API, then
/// waiting for NEXT_VALID_ID within the handshake timeout) runs inside the injected resilience pipeline, which
/// the host configures with backoff and jitter. When a ready connection drops, the client publishes
/// <see cref="ConnectionLost"/> and reconnects through the same pipeline; each ready connection publishes
/// <see cref="ConnectionEstablished"/>, after which the adapter resubscribes and reconciles. If the pipeline gives up,
/// <see cref="Events"/> completes with a <see cref="TwsConnectionException"/> (crash-only: the host stops).
/// </para>
/// <para>
/// Outgoing messages pass one at a time through a token bucket on the injected clock
/// (<see cref="TwsClientOptions.MessagesPerSecond"/> plus <see cref="TwsClientOptions.MessageBurst"/>), in call order.
/// </para>
/// </remarks>
public sealed class TwsClient : IAsyncDisposable
{
    private readonly TwsClientOptions options;
    private readonly TimeProvider timeProvider;
    private readonly ResiliencePipeline connectPipeline;
    private readonly Channel<TwsEvent> events;
    private readonly OutboundRateLimiter rateLimiter;
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly CancellationTokenSource lifetime = new();
    private TwsSession? session;
    private Task? supervisor;
    private int sessionCount;
    private int nextOrderId = -1;
    private int started;
    private int disposed;

    public TwsClient(TwsClientOptions options, TimeProvider timeProvider, ResiliencePipeline connectPipeline)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(connectPipeline);
        options.Validate();
        this.options = options;
        this.timeProvider = timeProvider;
        this.connectPipeline = connectPipeline;
        rateLimiter = new OutboundRateLimiter(timeProvider, options.MessagesPerSecond, options.MessageBurst);
        events = Channel.CreateBounded<TwsEvent>(new BoundedChannelOptions(options.EventCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
            AllowSynchronousContinuations = false,
        });
    }

    /// <summary>Every decoded message and connection change, in arrival order; completes at disconnect (or faults when reconnecting is abandoned).</summary>
    public ChannelReader<TwsEvent> Events => events.Reader;

    /// <summary>The negotiated version of the current connection; 0 while not connected.</summary>
    public int ServerVersion => Volatile.Read(ref session) is { IsReady: true } current ? current.ServerVersion : 0;

    /// <summary>True while a connection is ready for requests (between ConnectionEstablished and ConnectionLost).</summary>
    public bool IsConnected => Volatile.Read(ref session) is { IsReady: true };

    /// <summary>Connects (through the pipeline) and returns once TWS has sent NEXT_VALID_ID.</summary>
    /// <exception cref="TwsConnectionException">The pipeline gave up; <see cref="Events"/> is completed with the same error.</exception>
    /// <exception cref="InvalidOperationException">Called twice.</exception>
    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        if (Interlocked.Exchange(ref started, 1) != 0)
        {
            throw new InvalidOperationException("ConnectAsync may be called once per TwsClient; create a new client to connect again");
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.Token);
        TwsSession first;
        try
        {
            first = await OpenThroughPipelineAsync(linked.Token).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            events.Writer.TryComplete(exception);
            throw;
        }

        supervisor = SuperviseAsync(first, lifetime.Token);
    }

    /// <summary>Encodes <paramref name="request"/> for the negotiated version and writes it when the pacer allows.</summary>
    /// <exception cref="TwsConnectionException">No connection is ready, or the write failed (the drop is reported on <see cref="Events"/>).</exception>
    public async ValueTask SendAsync(TwsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var current = Volatile.Read(ref session);
        if (current is not { IsReady: true })
        {
            throw new TwsConnectionException(
                TwsConnectionFailure.NotConnected, $"cannot send {request.GetType().Name}: not connected to TWS (wait for ConnectionEstablished)");
        }

        await WriteFrameAsync(current, TwsRequestEncoder.Encode(request, current.ServerVersion), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The next order id: above the last NEXT_VALID_ID and above every id handed out before (never reused).</summary>
    /// <exception cref="InvalidOperationException">No NEXT_VALID_ID has arrived yet.</exception>
    public int AllocateOrderId()
    {
        while (true)
        {
            var current = Volatile.Read(ref nextOrderId);
            if (current < 0)
            {
                throw new InvalidOperationException("no order id yet: TWS has not sent NEXT_VALID_ID");
            }

            if (Interlocked.CompareExchange(ref nextOrderId, current + 1, current) == current)
            {
                return current;
            }
        }
    }

    /// <summary>Marks order ids up to <paramref name="orderId"/> as taken (seen at TWS, e.g. orders of an earlier run), so
    /// later allocations start above them even if TWS's NEXT_VALID_ID was lower (brief §10: max of local and TWS's id).</summary>
    public void ReserveOrderIdsThrough(int orderId)
    {
        if (orderId < int.MaxValue)
        {
            ObserveNextValidId(orderId + 1);
        }
    }

    /// <summary>Stops reconnecting, closes the socket and completes <see cref="Events"/>; safe to call more than once.</summary>
    public async Task DisconnectAsync(CancellationToken cancellationToken)
    {
        if (!lifetime.IsCancellationRequested)
        {
            await lifetime.CancelAsync().ConfigureAwait(false);
        }

        Volatile.Read(ref session)?.Close();
        if (supervisor is { } running)
        {
            await running.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        events.Writer.TryComplete();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        await DisconnectAsync(CancellationToken.None).ConfigureAwait(false);
        if (Volatile.Read(ref session) is { } last)
        {
            await last.DisposeAsync().ConfigureAwait(false);
        }

        lifetime.Dispose();
        writeGate.Dispose();
    }

    private async Task SuperviseAsync(TwsSession current, CancellationToken stopping)
    {
        while (true)
        {
            var end = await current.Completion.ConfigureAwait(false);
            Interlocked.CompareExchange(ref session, null, current);
            await current.DisposeAsync().ConfigureAwait(false);
            if (stopping.IsCancellationRequested)
            {
                return;
            }

            var lost = new ConnectionLost(end.Reason, end.Error, WillReconnect: true) { ReceivedTime = timeProvider.GetCurrentInstant() };
            try
            {
                await events.Writer.WriteAsync(lost, stopping).ConfigureAwait(false);
                current = await OpenThroughPipelineAsync(stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                events.Writer.TryComplete(new TwsConnectionException(
                    TwsConnectionFailure.ReconnectAbandoned, "gave up reconnecting to TWS: " + exception.Message, exception));
                return;
            }
        }
    }

    private async Task<TwsSession> OpenThroughPipelineAsync(CancellationToken cancellationToken)
    {
        return await connectPipeline.ExecuteAsync(
            static (client, token) => new ValueTask<TwsSession>(client.OpenSessionAsync(token)), this, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TwsSession> OpenSessionAsync(CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        TwsSession? opening = null;
        try
        {
            await ConnectSocketAsync(socket, cancellationToken).ConfigureAwait(false);
            opening = new TwsSession(socket, sessionCount + 1, timeProvider, events.Writer, ObserveNextValidId, Activate);
            using var handshakeTimeout = new CancellationTokenSource(options.HandshakeTimeout, timeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, handshakeTimeout.Token);
            try
            {
                await HandshakeAsync(opening, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (handshakeTimeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new TwsConnectionException(
                    TwsConnectionFailure.Timeout,
                    $"TWS at {options.Host}:{options.Port} accepted the connection but did not complete the handshake within {options.HandshakeTimeout}");
            }

            return opening;
        }
        catch
        {
            if (opening is not null)
            {
                Interlocked.CompareExchange(ref session, null, opening);
                await opening.DisposeAsync().ConfigureAwait(false);
            }

            socket.Dispose();
            throw;
        }
    }

    private async Task ConnectSocketAsync(Socket socket, CancellationToken cancellationToken)
    {
        using var connectTimeout = new CancellationTokenSource(options.ConnectTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, connectTimeout.Token);
        try
        {
            await socket.ConnectAsync(options.Host, options.Port, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (connectTimeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TwsConnectionException(
                TwsConnectionFailure.Timeout, $"no TCP connection to TWS at {options.Host}:{options.Port} within {options.ConnectTimeout}");
        }
        catch (SocketException exception)
        {
            throw new TwsConnectionException(
                TwsConnectionFailure.Unreachable,
                $"could not connect to TWS at {options.Host}:{options.Port} ({exception.SocketErrorCode}): is TWS or IB Gateway running, "
                + "with the API enabled on that port and this address trusted?",
                exception);
        }
    }

    private async Task HandshakeAsync(TwsSession opening, CancellationToken cancellationToken)
    {
        await opening.Stream.WriteAsync(TwsHandshake.CreateClientHello(), cancellationToken).ConfigureAwait(false);
        ReadOnlyMemory<byte>? helloFrame;
        try
        {
            helloFrame = await opening.Frames.ReadFrameAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (TwsProtocolException exception)
        {
            throw new TwsConnectionException(
                TwsConnectionFailure.ClosedDuringHandshake, "TWS answered the handshake with malformed bytes: " + exception.Message, exception);
        }
        catch (Exception exception) when (exception is IOException or SocketException)
        {
            throw new TwsConnectionException(
                TwsConnectionFailure.ClosedDuringHandshake, "the connection failed during the handshake: " + exception.Message, exception);
        }

        if (helloFrame is not { } payload)
        {
            throw new TwsConnectionException(
                TwsConnectionFailure.ClosedDuringHandshake,
                "TWS closed the connection before answering the handshake (API disabled, address not trusted, or too many clients?)");
        }

        TwsServerHello hello;
        try
        {
            hello = TwsHandshake.ParseServerHello(payload.Span);
        }
        catch (TwsProtocolException exception)
        {
            throw new TwsConnectionException(
                TwsConnectionFailure.ClosedDuringHandshake, "TWS answered the handshake with malformed bytes: " + exception.Message, exception);
        }

        if (!TwsHandshake.IsSupported(hello.ServerVersion))
        {
            throw new TwsConnectionException(
                TwsConnectionFailure.UnsupportedServerVersion,
                $"TWS negotiated server version {hello.ServerVersion}, but this client supports {TwsServerVersion.MinimumSupported}.."
                + $"{TwsServerVersion.Maximum}; upgrade TWS or IB Gateway (10.30 or later)");
        }

        opening.Accept(hello);
        await WriteFrameAsync(opening, TwsRequestEncoder.Encode(new StartApi(options.ClientId), hello.ServerVersion), cancellationToken)
            .ConfigureAwait(false);
        opening.StartReading(lifetime.Token);
        await opening.Ready.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteFrameAsync(TwsSession target, byte[] frame, CancellationToken cancellationToken)
    {
        await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await rateLimiter.AcquireAsync(cancellationToken).ConfigureAwait(false);
            await target.Stream.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException)
        {
            throw new TwsConnectionException(TwsConnectionFailure.NotConnected, "writing to TWS failed: " + exception.Message, exception);
        }
        finally
        {
            writeGate.Release();
        }
    }

    private void Activate(TwsSession ready)
    {
        sessionCount = ready.SessionNumber;
        Volatile.Write(ref session, ready);
    }

    private void ObserveNextValidId(int orderId)
    {
        while (true)
        {
            var current = Volatile.Read(ref nextOrderId);
            if (orderId <= current || Interlocked.CompareExchange(ref nextOrderId, orderId, current) == current)
            {
                return;
            }
        }
    }
}
