using System.Net.Sockets;

namespace VixShield.Live.Testing.Tws;

/// <summary>One connection accepted by the fake TWS.</summary>
public sealed class FakeTwsConnection
{
    private readonly TaskCompletionSource<string> hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim writeGate = new(1, 1);

    internal FakeTwsConnection(int number, Socket socket, FakeTwsConnectionBehavior behavior)
    {
        Number = number;
        Socket = socket;
        Behavior = behavior;
        Stream = new NetworkStream(socket, ownsSocket: false);
    }

    public int Number { get; }

    public FakeTwsConnectionBehavior Behavior { get; }

    /// <summary>Completes with the client's version text (e.g. <c>v100..193</c>) once its hello arrived.</summary>
    public Task<string> HelloReceived => hello.Task;

    /// <summary>Completes when the connection has ended (either side closed it).</summary>
    public Task Closed => closed.Task;

    /// <summary>The negotiated version, 0 before the handshake.</summary>
    public int ServerVersion { get; internal set; }

    internal Socket Socket { get; }

    internal NetworkStream Stream { get; }

    internal void ReportHello(string versionText) => hello.TrySetResult(versionText);

    internal void ReportClosed()
    {
        hello.TrySetException(new IOException("the connection closed before the client's hello"));
        closed.TrySetResult();
    }

    internal async Task WriteAsync(byte[] bytes, bool byteByByte, CancellationToken cancellationToken)
    {
        await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!byteByByte)
            {
                await Stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                return;
            }

            for (var i = 0; i < bytes.Length; i++)
            {
                await Stream.WriteAsync(bytes.AsMemory(i, 1), cancellationToken).ConfigureAwait(false);
                await Stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            writeGate.Release();
        }
    }

    internal void Abort()
    {
        try
        {
            Socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // Already reset by the client.
        }
        catch (ObjectDisposedException)
        {
            // Already closed.
        }

        Socket.Dispose();
    }
}
